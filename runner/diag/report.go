package diag

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Failure marks the errors that socklab's helpers raise on purpose (a
// refused connection, a message too long): a report shows them without the
// word "panic", since the script did nothing wrong but meet a failure.
type Failure interface {
	error
	HelperFailure()
}

// IsFailure reports whether v is a helper failure.
func IsFailure(v any) bool {
	var f Failure
	err, ok := v.(error)
	return ok && errors.As(err, &f)
}

var posRE = regexp.MustCompile(`^(.*):(\d+):(\d+)$`)

// Report formats what ended a script: "file.go:LINE: message", then the
// line of source it names. pos is "file.go:LINE:COL" or empty; source reads
// the file pos names, to find and quote the line.
func Report(pos, msg string, failure bool, source func(file string) []byte) string {
	m := posRE.FindStringSubmatch(pos)
	if m == nil {
		return label(msg, failure)
	}
	line, _ := strconv.Atoi(m[2])
	src := source(m[1])
	lines := Locate(src, line, msg)
	if len(lines) > 0 {
		line = lines[0]
	}
	out := fmt.Sprintf("%s:%d: %s", m[1], line, label(msg, failure))
	if text := sourceLine(src, line); text != "" {
		out += fmt.Sprintf("\n%6d | %s", line, text)
	}
	if len(lines) > 1 {
		var others []string
		for _, l := range lines[1:] {
			others = append(others, strconv.Itoa(l))
		}
		out += fmt.Sprintf("\n       (or line %s: the interpreter names only the function)", strings.Join(others, ", "))
	}
	return out
}

func sourceLine(src []byte, n int) string {
	lines := bytes.Split(src, []byte("\n"))
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(string(lines[n-1]))
}

func label(msg string, failure bool) string {
	if failure {
		return msg
	}
	return "panic: " + msg
}
