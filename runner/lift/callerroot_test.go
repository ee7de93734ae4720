package lift

import (
	"runtime"
	"testing"
)

// TestCallerRoot holds CallerRoot, called in a function a go statement
// starts, to what runtime.Caller(1) answers there.
func TestCallerRoot(t *testing.T) {
	type site struct {
		file string
		line int
		ok   bool
	}
	got, want := make(chan site, 1), make(chan site, 1)
	go func() {
		_, file, line, ok := runtime.Caller(1)
		want <- site{file, line, ok}
		pc, file, line, ok := CallerRoot(runtime.Caller)
		if pc != 0 {
			t.Errorf("pc %#x, want 0", pc)
		}
		got <- site{file, line, ok}
	}()
	if g, w := <-got, <-want; g != w {
		t.Errorf("CallerRoot: %+v, runtime.Caller(1): %+v", g, w)
	}
}
