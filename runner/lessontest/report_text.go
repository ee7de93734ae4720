package lessontest

import (
	"fmt"
	"io"
	"strings"
)

// TextReport writes results for a person at a terminal: one line per test
// as it ends, the transcript of each failure (of every test when Verbose),
// and a closing count.
//
//	ok    01-hello/hello (0.31s)
//	FAIL  03-protocol/framing (1.20s)
//	    > exec socklab run client.go
//	    ...
//	    hint: the client reads whole lines: end each message with "\n"
//	skip  01-hello/wire (python3 is not installed)
//	2 passed, 1 failed, 1 skipped
type TextReport struct {
	W       io.Writer
	Verbose bool
}

// Result writes the line of one test.
func (t TextReport) Result(r Result) {
	switch r.Status {
	case Passed:
		fmt.Fprintf(t.W, "ok    %s (%.2fs)\n", r.Test.FullName(), r.Elapsed.Seconds())
		if t.Verbose {
			io.WriteString(t.W, indent(r.Output))
		}
	case Failed:
		fmt.Fprintf(t.W, "FAIL  %s (%.2fs)\n", r.Test.FullName(), r.Elapsed.Seconds())
		io.WriteString(t.W, indent(r.Output))
		if r.Hint != "" {
			io.WriteString(t.W, indent(HintText(r.Hint)))
		}
	case Skipped:
		fmt.Fprintf(t.W, "skip  %s (%s)\n", r.Test.FullName(), r.Reason)
		if t.Verbose {
			io.WriteString(t.W, indent(r.Output))
		}
	}
}

// Summary writes the closing line: "N passed, N failed", with ", N
// skipped" when some were.
func (t TextReport) Summary(s Summary) {
	fmt.Fprintln(t.W, s)
}

func (s Summary) String() string {
	line := fmt.Sprintf("%d passed, %d failed", s.Passed, s.Failed)
	if s.Skipped > 0 {
		line += fmt.Sprintf(", %d skipped", s.Skipped)
	}
	return line
}

// indent indents each line of s by four spaces.
func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	return "    " + strings.ReplaceAll(s, "\n", "\n    ") + "\n"
}

// HintText writes a failed step's hint under its transcript.
func HintText(hint string) string {
	return "hint: " + strings.ReplaceAll(hint, "\n", "\n      ") + "\n"
}
