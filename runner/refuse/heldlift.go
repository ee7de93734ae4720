package refuse

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/socklab/socklab/runner/rewrite"
)

// heldLifted returns, for an assertion of x to the interface that the
// type expression iface names that runner/rewrite lifts (an assertion, or
// a type switch's case, from an empty interface to an interface of Go's
// library: see rewrite.HeldLifted), a test of whether
// the lift answers as Go does for the values of a type the script
// declares: the lift asks for its value and its pointer where they
// implement the interface, and for its value where its pointer alone
// does, and no nil pointer of it is stored as an interface anywhere in
// the package, which the lift leaves to the interpreter. It returns nil
// where the rewrite does not lift the assertion.
func (r *reporter) heldLifted(x, iface ast.Expr) func(n *types.Named) bool {
	xt, it := r.typeOf(x), r.typeOf(iface)
	if xt == nil || it == nil || !types.IsInterface(xt) || isTypeParamType(xt) {
		return nil
	}
	if u, ok := xt.Underlying().(*types.Interface); !ok || !u.Empty() {
		return nil
	}
	match, miss := rewrite.HeldLifted(r.files, r.pkg, r.info, it)
	if len(match) == 0 {
		return nil
	}
	iface0 := it.Underlying().(*types.Interface)
	nils := r.nilStored()
	return func(n *types.Named) bool {
		ptr := types.NewPointer(n)
		has := func(ts []types.Type, t types.Type) bool {
			return slices.ContainsFunc(ts, func(u types.Type) bool { return types.Identical(u, t) })
		}
		switch {
		case types.Implements(n, iface0) && !has(match, n):
			return false
		case types.Implements(ptr, iface0) && (!has(match, ptr) || nils[n.Obj()]):
			return false
		case !types.Implements(n, iface0) && types.Implements(ptr, iface0) && !has(miss, n):
			return false
		}
		return true
	}
}

func isTypeParamType(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// nilStored returns the types the script declares whose pointer, able to
// be nil by what the source says, is stored as an interface somewhere in
// the package (any, error): the interpreter makes such an interface nil,
// or socklab keeps the pointer in a box of its own, which the lifted
// assertions do not ask for.
func (r *reporter) nilStored() map[*types.TypeName]bool {
	if r.nilInIfaces != nil {
		return r.nilInIfaces
	}
	out := map[*types.TypeName]bool{}
	r.nilInIfaces = out
	flow := r.newNilFlow()
	var stack []ast.Node
	var node ast.Node
	check := func(e ast.Expr, target types.Type) {
		if target == nil || !types.IsInterface(target) {
			return
		}
		ptr, ok := r.typeOf(e).(*types.Pointer)
		if !ok || !r.declared(ptr.Elem()) || !flow.canBeNil(e) || guarded(e, append(stack[:len(stack):len(stack)], node)) {
			return
		}
		out[types.Unalias(ptr.Elem()).(*types.Named).Obj()] = true
	}
	r.typedNilSites(&stack, &node, check, func(*ast.CallExpr) func(ast.Expr, types.Type) { return check })
	return out
}
