package refuse

import (
	"go/ast"
	"go/token"
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
	return r.heldLiftedNils(x, iface, true)
}

// heldLiftedNils is heldLifted, where a nil pointer stored as an
// interface counts only where nils is set.
func (r *reporter) heldLiftedNils(x, iface ast.Expr, nils bool) func(n *types.Named) bool {
	if r.declared(r.typeOf(iface)) && r.ifLifted(iface) {
		return nil // pass ifassert's, which asks for no type of the script's
	}
	return r.heldLiftedTypes(r.typeOf(x), r.typeOf(iface), nils)
}

// ifLifted reports whether pass ifassert lifts the assertion whose type
// is the type expression iface, or the type switch case iface.
func (r *reporter) ifLifted(iface ast.Expr) bool {
	r.assertionLift(iface) // loads the lifts
	for n := range r.assertLifts {
		if ta, ok := n.(*ast.TypeAssertExpr); n == iface || ok && ta.Type == iface {
			return true
		}
	}
	return false
}

// heldLiftedTypes is heldLiftedNils for a value of type xt asked for the
// interface it.
func (r *reporter) heldLiftedTypes(xt, it types.Type, nils bool) func(n *types.Named) bool {
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
	stored := r.nilStored()
	return func(n *types.Named) bool {
		ptr := types.NewPointer(n)
		has := func(ts []types.Type, t types.Type) bool {
			return slices.ContainsFunc(ts, func(u types.Type) bool { return types.Identical(u, t) })
		}
		switch {
		case types.Implements(n, iface0) && !has(match, n):
			return false
		case types.Implements(ptr, iface0) && (!has(match, ptr) || nils && stored[n.Obj()].IsValid()):
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
func (r *reporter) nilStored() map[*types.TypeName]token.Pos {
	if r.nilInIfaces != nil {
		return r.nilInIfaces
	}
	out := map[*types.TypeName]token.Pos{}
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
		if tn := types.Unalias(ptr.Elem()).(*types.Named).Obj(); !out[tn].IsValid() {
			out[tn] = e.Pos()
		}
	}
	r.typedNilSites(&stack, &node, check, func(*ast.CallExpr) func(ast.Expr, types.Type) { return check })
	return out
}

// nilHeld returns, where the lift of an assertion of x to the interface
// that iface names would answer as Go does but for a nil pointer of a
// type the script declares that the package stores as an interface, that
// type and where it is stored first; the lift leaves such a pointer to
// the interpreter's assertion, which does not see its methods.
func (r *reporter) nilHeld(x, iface ast.Expr) (*types.TypeName, token.Pos, bool) {
	lifted := r.heldLiftedNils(x, iface, false)
	if lifted == nil || r.mayHoldImplementation(x, iface, lifted) {
		return nil, token.NoPos, false
	}
	implements := r.implementedBy(iface)
	var found *types.TypeName
	for tn, at := range r.nilStored() {
		if n, ok := tn.Type().(*types.Named); ok && implements(n) && (found == nil || at < r.nilStored()[found]) {
			found = tn
		}
	}
	if found == nil {
		return nil, token.NoPos, false
	}
	return found, r.nilStored()[found], true
}

// refuseNilHeld refuses the assertion or case at pos of x to the
// interface name, its message after prefix, where nilHeld finds a nil pointer the lift leaves to the
// interpreter, and reports whether it did.
func (r *reporter) refuseNilHeld(pos token.Pos, prefix string, x, iface ast.Expr, name string) bool {
	tn, at, ok := r.nilHeld(x, iface)
	if !ok {
		return false
	}
	r.refuse(pos, "%s%s may hold a nil *%s, stored as an interface at %s, which the interpreter's assertion does not see implements %s: test the pointer against nil before you store it (if p != nil { ... })", prefix, types.ExprString(x), tn.Name(), r.fset.Position(at), name)
	return true
}
