package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A panic with a variable of Go's library, a sentinel such as
// http.ErrAbortHandler, reaches the compiled code that recovers it as
// that value in Go, which net/http compares with ErrAbortHandler to abort
// a handler without logging it; the interpreter panics with the
// reflect.Value of its argument, which no such comparison finds. The call
// goes to lift.Panic, which panics with the value itself, with the column
// of what follows kept:
//
//	panic(http.ErrAbortHandler)   =>   _sl.Panic/*line :7:8*/(http.ErrAbortHandler)
//
// What the script's own recover returns is the same value either way (see
// lift.Recovered).

func panicSentinels(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || builtinName(p.Info, call) != "panic" {
			return true
		}
		if !librarySentinel(p, call.Args[0]) {
			return true
		}
		end := p.Fset.Position(call.Fun.End())
		e.Replace(call.Fun.Pos(), call.Fun.End(), fmt.Sprintf("%s.Panic/*line :%d:%d*/", e.Import(lift.Package), end.Line, end.Column))
		return true
	})
}

// librarySentinel reports whether x names a variable declared at the top
// level of a package of Go's standard library (io.EOF,
// http.ErrAbortHandler), whose paths have no dot.
func librarySentinel(p *Package, x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := p.Info.Uses[sel.Sel].(*types.Var)
	return ok && standardPackage(p, v.Pkg()) && v.Parent() == v.Pkg().Scope()
}
