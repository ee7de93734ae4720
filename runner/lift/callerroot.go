package lift

import "runtime"

// CallerRoot is runtime.Caller(1) called with the pc left out directly in
// main, or in a function literal that a go statement starts (the rewrite,
// pass callersite, passes runtime.Caller itself, which it keeps as a
// value): the caller is the runtime's function that starts the goroutine,
// runtime.main on the main goroutine and runtime.goexit on the others. Its
// frame lies at the bottom of the goroutine's stack under the interpreter
// too, at the same file and line as in a Go build of the same toolchain.
// It returns that frame's file and line, and a pc of 0.
func CallerRoot(_ func(int) (uintptr, string, int, bool)) (uintptr, string, int, bool) {
	pcs := make([]uintptr, 256)
	for {
		n := runtime.Callers(1, pcs)
		if n < len(pcs) {
			pcs = pcs[:n]
			break
		}
		pcs = make([]uintptr, 2*len(pcs))
	}
	var root runtime.Frame
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if f.Function == "runtime.main" {
			return 0, f.File, f.Line, true
		}
		root = f
		if !more {
			break
		}
	}
	return 0, root.File, root.Line, true
}
