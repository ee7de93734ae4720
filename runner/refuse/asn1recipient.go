package refuse

import (
	"go/ast"
	"go/types"

	"github.com/socklab/socklab/runner/rewrite"
)

// asn1Recipients refuses encoding/asn1's Unmarshal into a value that is
// no pointer, of a type that holds one the script declares: it always
// fails, with an error that names the value's type as reflect does, which
// for the interpreter's types is another ("non-pointer struct { X int; Y
// int }" where Go says main.Point), and whose type lift cannot make (see
// runner/rewrite, asn1names, for its other errors).
func asn1Recipients(r *reporter) {
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) < 2 {
			return true
		}
		switch r.calleeName(call) {
		case "encoding/asn1.Unmarshal", "encoding/asn1.UnmarshalWithParams":
		default:
			return true
		}
		t := r.typeOf(call.Args[1])
		if t == nil || types.IsInterface(t) {
			return true
		}
		if _, isPtr := t.Underlying().(*types.Pointer); isPtr || !r.holdsDeclared(t) {
			return true
		}
		r.refuse(call.Args[1].Pos(), "asn1.Unmarshal fills what a pointer points to, and fails with any other value, with an error that names %s as the interpreter spells it, not as Go does: pass a pointer (&%s)", types.TypeString(t, types.RelativeTo(r.pkg)), types.ExprString(call.Args[1]))
		return true
	})
}

// holdsDeclared reports whether t is or holds a named type the script's
// package declares.
func (r *reporter) holdsDeclared(t types.Type) bool {
	return rewrite.Involves(t, func(x types.Type) bool { return r.declared(x) })
}
