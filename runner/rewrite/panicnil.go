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
//
// An argument of an interface type (or a type parameter) may be nil only
// when the program runs, as in panic(err) with a nil err, or panic(r)
// with r what a recover returned when nothing panicked: it goes through a
// function written after the file's last line that gives Go's value for
// nil and the argument otherwise, with the columns kept:
//
//	panic(err)   =>   panic(_slPanicArg1(/*line :7:8*/err)/*line :7:11*/)   with   func _slPanicArg1(v any) any { if v == nil { return _sl.PanicNil() }; return v }

func panicNil(p *Package, f *ast.File, e *Editor) {
	argFn := ""
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || builtinName(p.Info, call) != "panic" {
			return true
		}
		x := call.Args[0]
		arg, ok := ast.Unparen(x).(*ast.Ident)
		if _, isNil := p.Info.Uses[arg].(*types.Nil); !ok || !isNil {
			if t := p.Info.TypeOf(x); t == nil || !types.IsInterface(t) {
				return true
			}
			if argFn == "" {
				argFn = e.Name("slPanicArg")
				e.Append("func " + argFn + "(v any) any { if v == nil { return " + e.Import(lift.Package) + ".PanicNil() }; return v }")
			}
			start, end := p.Fset.Position(x.Pos()), p.Fset.Position(x.End())
			e.InsertLast(x.Pos(), fmt.Sprintf("%s(/*line :%d:%d*/", argFn, start.Line, start.Column))
			e.InsertFirst(x.End(), fmt.Sprintf(")/*line :%d:%d*/", end.Line, end.Column))
			return true
		}
		end := p.Fset.Position(arg.End())
		e.Replace(arg.Pos(), arg.End(), fmt.Sprintf("%s.PanicNil()/*line :%d:%d*/", e.Import(lift.Package), end.Line, end.Column))
		return true
	})
}
