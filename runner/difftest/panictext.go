package difftest

import (
	"regexp"
	"strings"
)

// A program whose header says "// stderr: panic" ends with a panic that no
// recover stops, and the report of its value is compared too: Go's
// runtime prints "panic: " and the value's text, then, indented by a tab,
// each panic raised while the one before ran its deferred calls, and
// socklab names the line first ("main.go:12:3: panic: ...") and leaves out
// Go's stack trace. The standard output and exit status of such a program
// say nothing of what the report printed (<int Value> where Go printed
// main.Code(2)).

// GoPanicText returns the panic lines of stderr, a Go build's report: from
// the first line that starts with "panic: " up to the goroutine's trace.
func GoPanicText(stderr []byte) string {
	lines := strings.Split(string(stderr), "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "panic: ") {
			continue
		}
		end := i + 1
		for end < len(lines) && strings.HasPrefix(lines[end], "\t") {
			end++
		}
		return strings.Join(lines[i:end], "\n")
	}
	return ""
}

// reportLine is the first line of socklab's report of a panic.
var reportLine = regexp.MustCompile(`^\S+\.go:\d+:\d+: (panic: .*)$`)

// SocklabPanicText returns the panic lines of stderr, socklab's report,
// without the position that starts it: its first line that names a
// position and a panic, and the lines after it that start with a tab, as
// in Go's report: the next lines of the value's text, and the panics
// after it. (The quoted line of source starts with spaces.)
func SocklabPanicText(stderr []byte) string {
	lines := strings.Split(string(stderr), "\n")
	for i, l := range lines {
		m := reportLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		out := []string{m[1]}
		for _, next := range lines[i+1:] {
			if !strings.HasPrefix(next, "\t") {
				break
			}
			out = append(out, next)
		}
		return strings.Join(out, "\n")
	}
	return ""
}
