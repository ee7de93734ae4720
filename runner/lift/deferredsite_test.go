package lift

import (
	"bytes"
	"fmt"
	"log"
	"path/filepath"
	"testing"
)

// TestPanicSite holds panicSite to the line log names for a deferred call
// that a panic runs in compiled Go.
func TestPanicSite(t *testing.T) {
	var buf bytes.Buffer
	l := log.New(&buf, "", log.Lshortfile)
	func() {
		defer func() { _ = recover() }()
		defer l.Println("x")
		panic("boom")
	}()
	file, line := panicSite()
	if want := fmt.Sprintf("%s:%d: x\n", filepath.Base(file), line); buf.String() != want {
		t.Errorf("log wrote %q, panicSite names %q", buf.String(), want)
	}
}

// TestSiteOf checks the file and line a call of log's names: its own
// line, or, made negative for a deferred call, that line where the
// interpreter does not run the call (in compiled code, as here).
func TestSiteOf(t *testing.T) {
	for _, tt := range []struct {
		line, want int
	}{
		{12, 12},
		{-15, 15},
	} {
		var buf bytes.Buffer
		l := log.New(&buf, "p ", log.Lshortfile|log.Lmsgprefix)
		LogPrintln(l, "/abs/main.go", tt.line, "x")
		if want := fmt.Sprintf("main.go:%d: p x\n", tt.want); buf.String() != want {
			t.Errorf("line %d: got %q, want %q", tt.line, buf.String(), want)
		}
	}
}
