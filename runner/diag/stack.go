package diag

import "runtime"

// The interpreter runs each function call of a script in a runCfg of its
// own, and recovers a panic there in runCfg's deferred function: counting
// them on a goroutine's stack tells how deep it is in the script's calls.
const (
	runCfg        = "github.com/traefik/yaegi/interp.runCfg"
	runCfgHandler = runCfg + ".func"
)

// InterpreterCalls returns how many of the script's function calls the
// interpreter runs on this goroutine's stack.
func InterpreterCalls() int {
	return countCallers(func(fn string) bool { return fn == runCfg })
}

// handlerDepth returns how many of the interpreter's panic handlers (the
// deferred function of its runCfg, one per frame it runs) are on this
// goroutine's stack. Each frame the panic leaves keeps its handler on the
// stack, since the handler panics again: so a caller's report comes one
// level deeper than its callee's, while a new panic (after a recover)
// starts again from where the goroutine is.
func handlerDepth() int {
	return countCallers(func(fn string) bool {
		return len(fn) > len(runCfgHandler) && fn[:len(runCfgHandler)] == runCfgHandler
	})
}

// countCallers returns how many functions on the caller's stack match.
func countCallers(match func(function string) bool) int {
	pcs := make([]uintptr, 256)
	for {
		n := runtime.Callers(3, pcs)
		if n < len(pcs) {
			pcs = pcs[:n]
			break
		}
		pcs = make([]uintptr, 2*len(pcs))
	}
	frames := runtime.CallersFrames(pcs)
	count := 0
	for {
		f, more := frames.Next()
		if match(f.Function) {
			count++
		}
		if !more {
			return count
		}
	}
}
