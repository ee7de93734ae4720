package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// flagTextVars refuses flag.TextVar and a FlagSet's TextVar with a
// variable of a type the script declares (&when, of a type day with
// UnmarshalText): the interpreter hands flag the variable in a wrapper of
// its methods, not the pointer flag copies the default through, and flag
// panics (variable value type must be a pointer) where Go declares the
// flag.
func flagTextVars(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 4 {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "TextVar" {
			return true
		}
		fn, ok := r.info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "flag" {
			return true
		}
		t := r.typeOf(call.Args[0])
		if t == nil {
			return true
		}
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		if !r.declared(t) && !(types.IsInterface(t) && r.mayHoldDeclared(t)) {
			return true
		}
		r.refuse(call.Args[0].Pos(), "the interpreter hands %s to flag's TextVar in a wrapper of its methods, not as the pointer flag sets the default through, so flag would panic (variable value type must be a pointer) where Go declares the flag: declare it with %s.Func(name, usage, func(s string) error { return %s.UnmarshalText([]byte(s)) }) and set the default yourself", types.ExprString(call.Args[0]), types.ExprString(sel.X), receiverOf(call.Args[0]))
		return true
	})
}

// receiverOf returns how the script would call a method on the variable
// that p, a pointer, points to: when for &when, p itself otherwise.
func receiverOf(p ast.Expr) string {
	if u, ok := ast.Unparen(p).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return types.ExprString(u.X)
	}
	return types.ExprString(p)
}
