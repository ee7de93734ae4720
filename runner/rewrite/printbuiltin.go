package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// The builtins print and println write to standard error in the runtime's
// forms; the interpreter wrote them to standard output, through fmt, with
// spaces between print's operands. This pass calls lift's, which write as
// the runtime does, and marks an operand of an interface type, which the
// runtime prints as two addresses whatever it holds:
//
//	println("n =", n, err)   =>   _sl1.BuiltinPrintln/*line :9:9*/("n =", n, _sl1.BuiltinIface(/*line :9:21*/err)/*line :9:24*/)

func printBuiltins(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		b, ok := p.Info.Uses[id].(*types.Builtin)
		if !ok || (b.Name() != "print" && b.Name() != "println") {
			return true
		}
		fn := "BuiltinPrint"
		if b.Name() == "println" {
			fn = "BuiltinPrintln"
		}
		e.Replace(id.Pos(), id.End(), e.Import(lift.Package)+"."+fn+lineDirective(p, id.End()))
		for _, arg := range call.Args {
			if t := p.Info.TypeOf(arg); t != nil && types.IsInterface(t) && !isTypeParam(t) {
				e.Insert(arg.Pos(), e.Import(lift.Package)+".BuiltinIface("+lineDirective(p, arg.Pos()))
				e.Insert(arg.End(), ")"+lineDirective(p, arg.End()))
			}
		}
		return true
	})
}
