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
// int) is a type of its own at run time where it is one of lift's pool
// (see lift.Named); one that is not (declared inside a function that
// socklab leaves it in, or with other methods) is that basic type at run
// time, and is refused beside a key of another type of that basic form
// (a string's "user" beside ctxKey("user")), which the context would
// take for it.
func contextKeys(r *reporter) {
	type use struct {
		key ast.Expr
		t   *types.Named
	}
	var uses []use
	var keys []ast.Expr // every key, for the basic forms
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
		keys = append(keys, key)
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
	basicKeys(r, keys)
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

// basicKeys refuses a context's key of a type on a basic type that the
// interpreter makes that basic type at run time (see basicNamedType)
// where another key of the package has another type of that form.
func basicKeys(r *reporter, keys []ast.Expr) {
	for _, k := range keys {
		t := r.typeOf(k)
		if t == nil || !r.basicNamedType(t) {
			continue
		}
		for _, o := range keys {
			ot := r.typeOf(o)
			if ot == nil {
				continue
			}
			if a, b := basicLookalikes(r, []types.Type{t}, []types.Type{ot}); a != nil {
				r.refuse(k.Pos(), "the interpreter makes %s and %s one type at run time (it keeps no type names), so the context would find a value stored under a key of either type when asked for the other of the same value, where Go's types differ: %s", r.typeString(a), r.typeString(b), r.insteadOfBasic(a))
				break
			}
		}
	}
}
