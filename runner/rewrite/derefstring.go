package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/socklab/socklab/runner/lift"
)

// The interpreter reads through a nil pointer to a string that is an
// operand of a binary operator, or the value of an op=, as reflect's
// "<invalid Value>", with no panic: "x" + *p gives "x<invalid Value>", *p
// == "" false, where Go panics with runtime error: invalid memory address
// or nil pointer dereference. This pass hands such a pointer to a
// function appended to the file, one for each pointer type, which calls
// lift.NilDeref where it is nil, and returns it:
//
//	msg := "to " + *c.addr   =>   msg := "to " + *_slDeref1(/*line :9:17*/c.addr)/*line :9:23*/
//	func _slDeref1(p *string) *string { if p == nil { _sl2.NilDeref() }; return p }
//
// Elsewhere (an assignment, an argument, len) the interpreter panics as Go
// does.

func derefStrings(p *Package, f *ast.File, e *Editor) {
	fns := map[string]string{} // by the pointer type's name in f
	check := func(x ast.Expr) {
		star, ok := ast.Unparen(x).(*ast.StarExpr)
		if !ok {
			return
		}
		t := p.Info.TypeOf(star)
		if t == nil || isTypeParam(t) {
			return
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return
		}
		pt := p.Info.TypeOf(star.X)
		if pt == nil || isTypeParam(pt) {
			return
		}
		name, ok := typeName(p, f, pt, true)
		if !ok {
			return
		}
		fn, ok := fns[name]
		if !ok {
			fn = e.Name("slDeref")
			fns[name] = fn
			e.Append("func " + fn + "(p " + name + ") " + name + " { if p == nil { " + e.Import(lift.Package) + ".NilDeref() }; return p }")
		}
		e.Insert(star.X.Pos(), fn+"("+e.lineAt(star.X.Pos()))
		e.Insert(star.X.End(), ")"+e.lineAt(star.X.End()))
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			check(n.X)
			check(n.Y)
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE && len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				check(n.Lhs[0])
				check(n.Rhs[0])
			}
		}
		return true
	})
}
