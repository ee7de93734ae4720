package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// callerFrames refuses what asks the runtime where the script runs: under
// the interpreter, the frames are the interpreter's own (reflect's
// value.go), and the binary is socklab's. runtime.Caller(0) with its pc
// left out, and runtime.Caller(1) so in a function only the runtime calls,
// are lifted instead (runner/rewrite, pass callersite), as log's file and
// line are.
func callerFrames(r *reporter) {
	r.inspect(func(n ast.Node, stack []ast.Node) bool {
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		sel, pn := r.qualified(e)
		if pn == nil {
			return true
		}
		if _, ok := r.info.Uses[sel.Sel].(*types.Func); !ok {
			return true
		}
		name := pn.Imported().Path() + "." + sel.Sel.Name
		what, ok := callerRefusals[name]
		if !ok {
			return true
		}
		if name == "runtime.Caller" && rewrite.LiftedCaller(r.info, sel, stack) {
			return true
		}
		r.refuse(sel.Pos(), "%s %s", types.ExprString(sel), what)
		return true
	})
}

// callerRefusals say, by function, what it sees under socklab and what to
// write instead.
var callerRefusals = map[string]string{
	"runtime.Caller":              "sees the interpreter's frames under socklab (reflect's value.go), not the script's, but for runtime.Caller(0) with its pc left out (and runtime.Caller(1) so directly in main, or in a function literal a go statement starts): write _, file, line, ok := runtime.Caller(0) on the line to name, or log with log.Lshortfile",
	"runtime.Callers":             "sees the interpreter's frames under socklab, not the script's functions: name the function yourself in a string, or log with log.Lshortfile for the line",
	"runtime.CallersFrames":       "sees the interpreter's frames under socklab, not the script's functions: name the function yourself in a string, or log with log.Lshortfile for the line",
	"runtime.FuncForPC":           "names the interpreter's functions under socklab (reflect.Value.Call), not the script's: name the function yourself in a string",
	"runtime.Stack":               "holds the interpreter's frames under socklab, not the script's: print what you need to know yourself (log with log.Lshortfile names the line); a panic that is not recovered names the script's line",
	"runtime/debug.Stack":         "holds the interpreter's frames under socklab, not the script's: print what you need to know yourself (log with log.Lshortfile names the line); a panic that is not recovered names the script's line",
	"runtime/debug.PrintStack":    "prints the interpreter's frames under socklab, not the script's: print what you need to know yourself (log with log.Lshortfile names the line); a panic that is not recovered names the script's line",
	"os.Executable":               "names socklab's binary under socklab, as a script has none of its own: use os.Args[0]",
	"runtime/debug.ReadBuildInfo": "returns socklab's own build information under socklab, as a script has no binary of its own: write the module path and version the program needs as constants",
}
