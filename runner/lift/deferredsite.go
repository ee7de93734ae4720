package lift

import (
	"runtime"
	"sync"

	"github.com/petermattis/goid"
	"github.com/socklab/socklab/runner/diag"
)

// A deferred call of log's runs where its function returns; the rewrite
// (runner/rewrite, pass logsite) hands it the line Go names there (the
// return statement, or the function's closing brace) made negative, which
// marks the call as deferred. Where the call runs because the function
// panicked, or its goroutine called runtime.Goexit, Go names instead the
// runtime's own line that runs the deferred calls (panic.go:860 under Go
// 1.26): the interpreter runs a frame's deferred calls from a deferred
// function of its own, which the same line of the runtime calls then; a
// frame of deferred calls (Defers) that caught the panic of an earlier
// one runs the call itself, where Go names the line of its own panic.

// deferredRunner is the interpreter's deferred function that runs the
// deferred calls of one call of the script.
const deferredRunner = runCfg + ".func1"

// siteOf returns the file and line that a call of log's at file:line
// names: line itself where it is not negative; for a deferred call, the
// line of the runtime that runs the interpreter's deferred calls where
// the call runs in a panic or a Goexit, -line otherwise.
func siteOf(file string, line int) (string, int) {
	if line >= 0 {
		return file, line
	}
	if framePanicking() {
		return panicSite()
	}
	var pcs [64]uintptr
	n := runtime.Callers(3, pcs[:])
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if f.Function == deferredRunner {
			next, _ := frames.Next()
			if next.Function != runCfg && next.File != "" {
				return next.File, next.Line
			}
			break
		}
		if !more {
			break
		}
	}
	return file, -line
}

// framePanicking reports whether the caller's caller's caller, a deferred
// call of log's, runs directly from a frame of deferred calls (Defers)
// after an earlier one of them panicked, where Go would run it from the
// runtime's panic.
func framePanicking() bool {
	if inFlight.Load() == 0 {
		return false
	}
	c, ok := calls.Load(goid.Get())
	if !ok {
		return false
	}
	call := c.(deferredCall)
	return call.d != nil && call.d.panicking && diag.InterpreterCalls() == call.depth
}

// panicSite returns the runtime's file and line that run a deferred call
// in a panic, as this binary's runtime names them; a Go build of the same
// toolchain names the same.
var panicSite = sync.OnceValues(func() (file string, line int) {
	func() {
		defer func() { _ = recover() }()
		defer calledFrom(&file, &line)
		panic("socklab: where the runtime runs a deferred call")
	}()
	return file, line
})

// calledFrom sets file and line to its caller's, a deferred call's.
//
//go:noinline
func calledFrom(file *string, line *int) {
	_, *file, *line, _ = runtime.Caller(1)
}
