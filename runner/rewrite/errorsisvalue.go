package rewrite

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// errors.Is taken as a value (is := errors.Is, a table of checks) compares
// what the interpreter keeps in its wrappers as they are, so a value of a
// struct error type of the script is never found in a chain that holds
// it, where a call of errors.Is becomes lift.ErrorsIs (pass ifaceequal).
// This pass puts lift.ErrorsIs, of the same type and walking the chain as
// errors.Is does, in the value's place, keeping the columns:
//
//	is := errors.Is   =>   is := _sl1.ErrorsIs/*line :9:17*/

func errorsIsValues(p *Package, f *ast.File, e *Editor) {
	called := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			called[ast.Unparen(call.Fun)] = true
		}
		return true
	})
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || called[sel] || pkgOf(p.Info, sel) == nil {
			return true
		}
		fn, ok := p.Info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "Is" {
			return true
		}
		e.Replace(sel.Pos(), sel.End(), e.Import(lift.Package)+".ErrorsIs"+e.lineAt(sel.End()))
		return false
	})
}
