package lift

import (
	"reflect"
	"runtime"
)

// pullSymbols are the compiled functions that the bodies the rewrite
// writes out for iter.Pull and iter.Pull2 call (see runner/rewrite's
// pull.go). Go's Pull runs the sequence in a coroutine and hands a panic
// of it, or its runtime.Goexit, to the caller of next or stop; the
// written-out Pull runs it in a goroutine, whose deferred function tells
// the two apart with Goexiting, since the interpreter's recover returns
// nil for both a Goexit and a panic(nil).
func pullSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Goexit":    reflect.ValueOf(runtime.Goexit),
		"Goexiting": reflect.ValueOf(Goexiting),
		"PanicNil":  reflect.ValueOf(PanicNil),
	}
}

// Goexiting reports whether the goroutine runs its deferred calls because
// it called runtime.Goexit: whether runtime.Goexit is on its stack.
func Goexiting() bool {
	pcs := make([]uintptr, 64)
	for {
		n := runtime.Callers(2, pcs)
		if n < len(pcs) {
			pcs = pcs[:n]
			break
		}
		pcs = make([]uintptr, 2*len(pcs))
	}
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if f.Function == "runtime.Goexit" {
			return true
		}
		if !more {
			return false
		}
	}
}

// PanicNil returns what Go's recover returns for panic(nil): a
// *runtime.PanicNilError, which the interpreter's recover turns into nil.
func PanicNil() any { return new(runtime.PanicNilError) }
