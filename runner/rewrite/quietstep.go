package rewrite

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A quiet step changes nothing and can fail only by dereferencing a nil
// pointer, with Go's one message for it: early, len or cap of a variable
// or of a field reached through variables (len(r.buf)); late, a field
// read through a pointer, a dereference, or an operation of such that
// cannot fail itself, of basic values or pointers (r.n, r.head+r.n). Two of them give the same output
// in either order, so an early quiet step need not go before a late one:
// for r.n == len(r.buf), the condition of a loop that waits on a
// sync.Cond, runs as it is written.
func (g *gcOrder) quietStep(e ast.Expr, early bool) bool {
	info := g.p.Info
	if early {
		c, ok := e.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			return false
		}
		id, ok := ast.Unparen(c.Fun).(*ast.Ident)
		if !ok {
			return false
		}
		b, ok := info.Uses[id].(*types.Builtin)
		return ok && (b.Name() == "len" || b.Name() == "cap") && g.plainOperand(c.Args[0])
	}
	switch x := e.(type) {
	case *ast.StarExpr, *ast.ParenExpr:
		return true
	case *ast.SelectorExpr:
		sel := info.Selections[x]
		return sel == nil || sel.Kind() == types.FieldVal
	case *ast.UnaryExpr:
		return x.Op != token.ARROW
	case *ast.BinaryExpr:
		return !g.opPanics(x) && basicOrPointer(info.TypeOf(x.X)) && basicOrPointer(info.TypeOf(x.Y))
	}
	return false
}

// basicOrPointer reports whether t is a basic type or a pointer, whose
// values an operation compares or combines without failing.
func basicOrPointer(t types.Type) bool {
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Basic, *types.Pointer:
		return true
	}
	return false
}

// plainOperand reports whether e is a variable, a dereference of one or a
// field reached from one through fields and dereferences alone.
func (g *gcOrder) plainOperand(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := g.p.Info.Uses[x].(*types.Var)
		return ok
	case *ast.StarExpr:
		return g.plainOperand(x.X)
	case *ast.SelectorExpr:
		sel := g.p.Info.Selections[x]
		if sel == nil {
			_, ok := g.p.Info.Uses[x.Sel].(*types.Var)
			return ok // a package's variable
		}
		return sel.Kind() == types.FieldVal && g.plainOperand(x.X)
	}
	return false
}
