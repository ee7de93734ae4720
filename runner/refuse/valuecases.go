package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// structValueCases refuses a type switch case or a type assertion of a
// struct value type of the script (not a pointer to one) on an interface
// of Go's library (error, io.Reader). The interpreter keeps such a value,
// stored as the interface, in a wrapper whose value field holds one of
// the struct's fields instead of the struct, so the case never matches
// and the assertion never finds it, where Go does. A pointer to the type
// is matched (runner/rewrite writes such a switch with comma-ok
// assertions); a struct without fields is kept whole; a fmt.Stringer's
// wrapper gives the struct back (see selfInStringer), which
// runner/rewrite asserts (pass heldassert), and so does an error's,
// where the type has its lift.SelfMethod (see selfInError).
func structValueCases(r *reporter) {
	check := func(x, typ ast.Expr, what string) {
		operand, t := r.typeOf(x), r.typeOf(typ)
		if operand == nil || t == nil || !r.libraryInterface(operand) || !r.declared(t) {
			return
		}
		if s, ok := t.Underlying().(*types.Struct); !ok || s.NumFields() == 0 || selfInStringer(r.pkg, operand, t) || selfInError(r.pkg, operand, t) {
			return
		}
		name, iface := r.typeString(t), r.typeString(operand)
		verb, instead := "never matches it", "switch on"
		if what == "type assertion" {
			verb, instead = "never finds it", "assert"
		}
		r.refuse(typ.Pos(), "%sthe interpreter keeps a %s stored as %s in a wrapper that holds one of its fields, not the struct, so this %s %s: give %s's methods pointer receivers, store &%s{...} and %s *%s", caseLabel(what, name), name, iface, what, verb, name, name, instead, name)
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			var guard *ast.TypeAssertExpr
			switch a := n.Assign.(type) {
			case *ast.AssignStmt:
				guard, _ = a.Rhs[0].(*ast.TypeAssertExpr)
			case *ast.ExprStmt:
				guard, _ = a.X.(*ast.TypeAssertExpr)
			}
			if guard == nil {
				return true
			}
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					check(guard.X, e, "type switch")
				}
			}
			return true
		case *ast.TypeAssertExpr:
			if n.Type != nil {
				check(n.X, n.Type, "type assertion")
			}
		}
		return true
	})
}

// selfInError reports whether the interpreter's wrapper of a value of s,
// a struct type of pkg, stored as t gives the value back to an
// assertion: t is error, and pass errormethods gives s the method
// lift.SelfMethod with its name (of the top level, not generic), so pass
// heldassert asserts what lift.Held takes out of the wrapper.
func selfInError(pkg *types.Package, t, s types.Type) bool {
	if !types.Identical(t, types.Universe.Lookup("error").Type()) {
		return false
	}
	name, ok := rewrite.SelfTyped(nil, pkg, s)
	return ok && name != ""
}
