package refuse

import (
	"go/ast"
	"go/token"
	"go/types"
)

// mixedInterfaceEquals refuses == and != (and an expression switch's case)
// between a value of an interface with methods that the script declares
// (a Fault that embeds error) and one of Go's library (error), where a
// type of the script that is not a pointer implements the script's
// interface with value receivers. Converted from the script's interface to
// the library's, the interpreter keeps such a value in its own wrapper,
// which holds one of the struct's fields (a basic type's value without
// its type) rather than the value, so var e error = ErrOne; e == ErrOne
// was false where Go's is true. A pointer is kept whole.
func mixedInterfaceEquals(r *reporter) {
	check := func(x, y ast.Expr, at token.Pos) {
		tx, ty := r.typeOf(x), r.typeOf(y)
		if tx == nil || ty == nil || isNilExpr(r, x) || isNilExpr(r, y) {
			return
		}
		mine, theirs := x, ty
		if !r.scriptInterface(mine) {
			mine, theirs = y, tx
		}
		if !r.scriptInterface(mine) || !r.libraryInterface(theirs) {
			return
		}
		n := r.valueImplementation(mine)
		if n == nil {
			return
		}
		if s, ok := n.Underlying().(*types.Struct); ok && s.NumFields() == 0 {
			return // a struct without fields is kept whole
		}
		name := r.typeString(n)
		r.refuse(at, "the interpreter keeps a %s converted from %s to %s in a wrapper that holds its contents without its type, not the %s, so this comparison would not find the two equal where Go does: give %s's methods pointer receivers and store &%s{...}, or compare values of one interface type", name, r.typeString(r.typeOf(mine)), r.typeString(theirs), name, name, name)
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				check(n.X, n.Y, n.OpPos)
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				return true
			}
			for _, s := range n.Body.List {
				if cc, ok := s.(*ast.CaseClause); ok {
					for _, v := range cc.List {
						check(n.Tag, v, v.Pos())
					}
				}
			}
		}
		return true
	})
}

// isNilExpr reports whether x is the predeclared nil.
func isNilExpr(r *reporter, x ast.Expr) bool {
	tv, ok := r.info.Types[x]
	return ok && tv.IsNil()
}
