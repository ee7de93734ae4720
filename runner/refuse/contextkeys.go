package refuse

import (
	"go/ast"
	"go/types"
)

// contextKeys refuses a context's key (of context.WithValue, or of a
// Context's Value) of a struct type of no fields that the script
// declares, where the script uses a key of another such type too (type
// userKey struct{} beside type requestIDKey struct{}): the interpreter
// makes both the one type struct{} at run time (it keeps no type names,
// and a struct of no fields has no field for pass structmark to tag), so
// the context compiled code keeps finds the value stored under one key
// when asked for the other. A key of a type on a basic type (type ctxKey
// int) is a type of its own at run time (see lift.Named).
func contextKeys(r *reporter) {
	type use struct {
		key ast.Expr
		t   *types.Named
	}
	var uses []use
	kinds := map[*types.Named]bool{}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn, ok := r.info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "context" {
			return true
		}
		var key ast.Expr
		switch {
		case fn.Name() == "WithValue" && len(call.Args) == 3:
			key = call.Args[1]
		case fn.Name() == "Value" && len(call.Args) == 1 && fn.Type().(*types.Signature).Recv() != nil:
			key = call.Args[0]
		default:
			return true
		}
		t, ok := types.Unalias(r.typeOf(key)).(*types.Named)
		if !ok || !r.declared(t) {
			return true
		}
		if s, ok := t.Underlying().(*types.Struct); !ok || s.NumFields() > 0 {
			return true
		}
		uses = append(uses, use{key, t})
		kinds[t] = true
		return true
	})
	if len(kinds) < 2 {
		return
	}
	for _, u := range uses {
		var other *types.Named
		for t := range kinds {
			if t != u.t && (other == nil || t.Obj().Pos() < other.Obj().Pos()) {
				other = t
			}
		}
		name := r.typeString(u.t)
		r.refuse(u.key.Pos(), "the interpreter makes %s and %s one type at run time (struct types of no fields; it keeps no type names), so the context would find a value stored under either key when asked for the other: declare the keys as values of one type on a basic type (type ctxKey int; const userKey ctxKey = iota ...), or give %s a field of its own", name, r.typeString(other), name)
	}
}
