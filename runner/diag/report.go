package diag

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
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

var posRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.*):(\d+):(\d+)$`) })

// Report formats what ended a script: "file.go:LINE: message", then the
// line of source it names. pos is "file.go:LINE:COL" or empty; source reads
// the file pos names, to find and quote the line.
func Report(pos, msg string, failure bool, source func(file string) []byte) string {
	pos, exact := splitExact(pos)
	m := posRE().FindStringSubmatch(pos)
	if m == nil {
		return label(msg, failure)
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	src := source(m[1])
	if exact {
		out := fmt.Sprintf("%s:%d:%d: %s", m[1], line, col, label(msg, failure))
		if text := sourceLine(src, line); text != "" {
			out += fmt.Sprintf("\n%6d | %s\n       | %s^", line, text, caretPad(src, line, col))
		}
		return out
	}
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

// caretPad returns the blank that puts a caret under column col of line n
// as sourceLine shows it (without its indentation), tabs kept as tabs.
func caretPad(src []byte, n, col int) string {
	lines := bytes.Split(src, []byte("\n"))
	if n < 1 || n > len(lines) {
		return ""
	}
	l := string(lines[n-1])
	if col-1 > len(l) || col < 1 {
		return ""
	}
	before := l[:col-1]
	trimmed := strings.TrimLeft(before, " \t")
	var b strings.Builder
	for _, r := range trimmed {
		if r == '\t' {
			b.WriteRune('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Position returns pos ("file.go:12:5", as Take returns it) without the
// mark that says it is exact, to show in a message.
func Position(pos string) string {
	p, _ := splitExact(pos)
	return p
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
	// Go's runtime prints each line of a panic's text after the first
	// after a tab (printindented), as it prints the panics under way.
	return "panic: " + strings.ReplaceAll(msg, "\n", "\n\t")
}

// source reads the files that positions name, in the script process; nil
// outside it.
var source func(file string) []byte

// SetSource sets how HandlerReport reads the files that positions name.
func SetSource(read func(file string) []byte) { source = read }

// HandlerReport formats the panic v of a server's handler for the client
// at peer, which the server survives: the position of the failing
// expression, the client, the message, and the line of source.
func HandlerReport(peer string, v any) string {
	pos, desc := Take(v)
	msg := fmt.Sprintf("client %s: %s (the server goes on)", peer, desc)
	read := source
	if read == nil {
		read = func(string) []byte { return nil }
	}
	if pos == "" {
		return msg
	}
	return Report(pos, msg, IsFailure(v), read)
}
