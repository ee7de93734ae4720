package refuse

import "go/types"

// heldInterfaceElems returns a slice, array, map or channel type whose
// elements (or keys) are of an interface type with methods that the
// script declares (a []shape), where a value of the interface type t may
// hold one, by what the package converts to its interface types: the
// interpreter keeps each element there in a wrapper of its own
// (interp.valueInterface), which fmt prints as a struct of pointers, and
// %T names, once the value has gone through an interface of Go's library
// (an any). Printed with its own static type ([]shape), or through an
// interface the script declares, it is printed as Go prints it. It
// returns nil where t may hold none.
func (r *reporter) heldInterfaceElems(t types.Type) types.Type {
	var found types.Type
	r.held().reach(t, false, func(x types.Type) bool {
		var elems []types.Type
		switch u := x.Underlying().(type) {
		case *types.Slice:
			elems = []types.Type{u.Elem()}
		case *types.Array:
			elems = []types.Type{u.Elem()}
		case *types.Chan:
			elems = []types.Type{u.Elem()}
		case *types.Map:
			elems = []types.Type{u.Key(), u.Elem()}
		}
		for _, e := range elems {
			if it, ok := e.Underlying().(*types.Interface); ok && !it.Empty() && r.declared(e) {
				found = x
				return true
			}
		}
		return false
	})
	return found
}
