package script

import (
	"io"
	"regexp"
	"sync"

	"github.com/socklab/socklab/runner/diag"
)

// PosPrefix starts each line a script process writes to its diagnostic
// channel (file descriptor 2) to say where a panic passed; see package proc.
const PosPrefix = diag.NotePos

// panicLine matches what the interpreter prints for each frame a panic
// unwinds: "/path/server.go:12:5: panic: main.main(...)".
var panicLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.+:\d+:\d+): panic: .*\(\.\.\.\)\n?$`) })

// stderrFilter is the interpreter's standard error. It passes the script's
// writes to out, and takes the interpreter's panic-position lines out of the
// stream: diag places the panic from them, and its note goes to diag, where
// the supervisor finds the last one if a panic crashes the process.
type stderrFilter struct {
	out     io.Writer
	diag    io.Writer
	rewrite func(string) string // absolute script path -> display path
}

func (f *stderrFilter) Write(p []byte) (int, error) {
	if m := panicLine().FindSubmatch(p); m != nil {
		if note := diag.Unwind(string(m[1])); note != "" {
			io.WriteString(f.diag, PosPrefix+note+"\n")
		}
		return len(p), nil
	}
	return f.out.Write(p)
}
