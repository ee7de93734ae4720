package rewrite

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// Since Go 1.21, panic(nil) panics with a *runtime.PanicNilError, which
// recover returns and which prints "panic called with nil argument"; the
// interpreter panics with nil itself, so recover returns nil and the
// deferred code that tests it thinks nothing went wrong. The argument nil
// becomes lift.PanicNil(), Go's value, with the column of what follows
// kept:
//
//	panic(nil)   =>   panic(_sl.PanicNil()/*line :7:12*/)

func panicNil(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || builtinName(p.Info, call) != "panic" {
			return true
		}
		arg, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
		if !ok {
			return true
		}
		if _, isNil := p.Info.Uses[arg].(*types.Nil); !isNil {
			return true
		}
		end := p.Fset.Position(arg.End())
		e.Replace(arg.Pos(), arg.End(), fmt.Sprintf("%s.PanicNil()/*line :%d:%d*/", e.Import(lift.Package), end.Line, end.Column))
		return true
	})
}
