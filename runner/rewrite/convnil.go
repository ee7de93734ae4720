package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// A value of a type that is no interface, converted to an interface, is
// never nil under Go, though it holds a nil pointer, slice or map: any(p)
// == nil is false for a nil *int, the typed nil that tutorials show. The
// interpreter's comparison of such a conversion, written in place, with
// nil found the nil pointer and said true, and converting an int so
// panicked ("a nil value was used"); a variable assigned the conversion
// first it compares as Go does. This pass writes the comparison as a call
// of lift.Never or lift.Always, which evaluates the value as written and
// gives Go's answer:
//
//	any(p) == nil   =>   _sl1.Never(/*line :9:18*/p)/*line :9:27*/
//	any(p) != nil   =>   _sl1.Always(/*line :9:18*/p)/*line :9:27*/
//
// The copies of a generic function (pass generics) do so for a value of a
// type parameter that the instance makes no interface (any(v) == nil of an
// IsNil[*int]).

func convNils(p *Package, f *ast.File, e *Editor) {
	ast.Inspect(f, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok {
			if arg, ok := nilConversion(p, b, nil); ok {
				head, tail := nilAnswer(p, e, b, arg)
				e.Replace(b.Pos(), arg.Pos(), head)
				e.Replace(arg.End(), b.End(), tail)
			}
		}
		return true
	})
}

// nilConversion returns the value that b converts to an interface and
// compares with nil, where its type, with the type parameters that sub
// maps substituted, is no interface; the conversion is to a type named
// by an identifier, a selector or an empty interface literal, which no
// other pass edits.
func nilConversion(p *Package, b *ast.BinaryExpr, sub map[*types.TypeParam]types.Type) (ast.Expr, bool) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return nil, false
	}
	x := b.X
	if isNilLit(p, x) {
		x = b.Y
	} else if !isNilLit(p, b.Y) {
		return nil, false
	}
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !p.Info.Types[call.Fun].IsType() {
		return nil, false
	}
	switch fun := call.Fun.(type) {
	case *ast.Ident, *ast.SelectorExpr:
	case *ast.InterfaceType:
		if fun.Methods != nil && len(fun.Methods.List) > 0 {
			return nil, false
		}
	default:
		return nil, false
	}
	to, from := p.Info.TypeOf(call), p.Info.TypeOf(call.Args[0])
	if to == nil || from == nil || isTypeParam(to) || !types.IsInterface(to) {
		return nil, false
	}
	if basic, ok := from.(*types.Basic); ok && basic.Kind() == types.UntypedNil {
		return nil, false // any(nil) is nil
	}
	if len(sub) > 0 && hasTypeParam(from) {
		if from = substitute(from, sub); hasTypeParam(from) {
			return nil, false
		}
	}
	return call.Args[0], !types.IsInterface(from)
}

// nilAnswer returns what replaces b up to arg, the value that
// nilConversion returns, and after it, to give b Go's answer.
func nilAnswer(p *Package, e *Editor, b *ast.BinaryExpr, arg ast.Expr) (head, tail string) {
	answer := ".Always("
	if b.Op == token.EQL {
		answer = ".Never("
	}
	return e.Import(lift.Package) + answer + directive(p, arg.Pos()), ")" + directive(p, b.End())
}
