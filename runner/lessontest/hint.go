package lessontest

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/txtar"
)

// hintPrefix starts a line of a test's script that gives a hint for the
// step below it: the commands that follow, up to the next blank line.
// Several such lines in a row make one hint.
//
//	# hint: the client waits for whole lines: end each message with "\n" (SendLine)
//	stdin win.txt
//	exec socklab run client.go
//	cmp stdout win-sees.txt
const hintPrefix = "# hint:"

// parseHints returns the hint of each line of a test's script that has
// one, by line number (from 1).
func parseHints(script []byte) map[int]string {
	hints := map[int]string{}
	cur, inHint := "", false
	for i, line := range strings.Split(string(script), "\n") {
		line = strings.TrimSpace(line)
		if text, ok := strings.CutPrefix(line, hintPrefix); ok {
			text = strings.TrimSpace(text)
			if inHint {
				cur += "\n" + text
			} else {
				cur = text
			}
			inHint = true
			continue
		}
		inHint = false
		switch {
		case line == "":
			cur = "" // the step ends
		case strings.HasPrefix(line, "#"):
		case cur != "":
			hints[i+1] = cur
		}
	}
	return hints
}

// failedAt finds, in the transcript of a failed test, the line of its
// script that failed ("FAIL: tests/game.txtar:14: ...").
var failedAt = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^FAIL: .*?\.txtar:(\d+): `) })

// hintFor returns the hint of the step of t that failed, as its transcript
// output tells it, or "".
func hintFor(t Test, output string) string {
	m := failedAt().FindStringSubmatch(output)
	if m == nil {
		return ""
	}
	line, err := strconv.Atoi(m[1])
	if err != nil {
		return ""
	}
	data, err := os.ReadFile(t.File())
	if err != nil {
		return ""
	}
	return parseHints(txtar.Parse(data).Comment)[line]
}
