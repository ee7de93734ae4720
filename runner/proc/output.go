package proc

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
)

// outputCap counts what a script writes to its standard output and error
// together, and calls over once when the total passes limit; from then on
// it drops what comes. A negative limit means none.
type outputCap struct {
	limit int64
	n     atomic.Int64
	once  sync.Once
	over  func()
}

// wrap returns w counted by c; a terminal is left as it is, so that the
// script still sees one (a student stops a flood there with Ctrl-C).
func (c *outputCap) wrap(w io.Writer) io.Writer {
	if c.limit < 0 || isTerminal(w) {
		return w
	}
	return &cappedWriter{c: c, w: w}
}

type cappedWriter struct {
	c *outputCap
	w io.Writer
}

func (cw *cappedWriter) Write(p []byte) (int, error) {
	if cw.c.n.Add(int64(len(p))) > cw.c.limit {
		cw.c.once.Do(cw.c.over)
		return len(p), nil
	}
	return cw.w.Write(p)
}

// isTerminal reports whether w is a character device: a terminal, or
// /dev/null.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
