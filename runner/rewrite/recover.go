package rewrite

import (
	"go/ast"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter's recover returns what a script panicked with as a
// reflect.Value, which prints as the value but asserts to no type: under
// Go, r.(error) holds for panic(err), under the interpreter it does not.
// Each recover() becomes interface{}(lift.Recovered(recover())), which
// hands back the value itself, as an interface of the script's own: the
// interpreter's assertion of compiled code's interface{} panicked on a
// struct of no fields (panic(bailout{})), see pass heldassert. recover is
// still called by the deferred function, as Go requires.
func init() { register(Pass{Name: "recover", Run: recoverValues}) }

func recoverValues(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !IsRecover(p.Info, call) {
			return true
		}
		e.Insert(call.Pos(), "interface{}("+e.Import(lift.Package)+".Recovered(")
		e.Insert(call.End(), "))")
		return true
	})
}
