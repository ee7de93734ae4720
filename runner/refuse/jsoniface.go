package refuse

import "go/types"

// encodedOwnInterface reports whether t, the static type of a value that
// encoding/json encodes, is an interface the script declares whose every
// implementation among the script's types encodes as Go encodes it once
// taken out of the interface: the rewrite hands such a value to
// lift.JSONAny, which encodes what the interface holds by its runtime type
// (runner/rewrite, encodingany). An implementation that holds an interface
// with methods itself (a field of type error, or of the interface) is
// still handed over in the interpreter's wrapper, and refused.
func (r *reporter) encodedOwnInterface(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !r.declared(n) || n.TypeParams().Len() > 0 {
		return false
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	for _, obj := range r.info.Defs {
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.Pkg() != r.pkg || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if !types.Implements(tn.Type(), iface) && !types.Implements(types.NewPointer(tn.Type()), iface) {
			continue
		}
		if r.heldInterface(tn.Type().Underlying()) != "" {
			return false
		}
	}
	return true
}
