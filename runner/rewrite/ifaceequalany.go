package rewrite

import "go/types"

// holdsAny reports whether t is a struct or an array type with a field or
// an element of an empty interface, itself or in a struct or array it
// holds, in a script that declares a type with methods: the interpreter
// keeps such a value stored in that field in a wrapper of its own, and
// its == of two structs compared the wrappers, so that P{Coord{1, 1}} ==
// P{Coord{1, 1}} with type P struct{ V any } was false, where lift.Equal
// compares what they hold.
func (c *comparer) holdsAny(t types.Type) bool {
	return c.withMethods() && holdsEmptyInterface(t, map[types.Type]bool{})
}

// holdsEmptyInterface is holdsAny of t, whatever the script declares.
func holdsEmptyInterface(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] || hasTypeParam(t) {
		return false
	}
	seen[t] = true
	var elems []types.Type
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			elems = append(elems, u.Field(i).Type())
		}
	case *types.Array:
		elems = append(elems, u.Elem())
	}
	for _, et := range elems {
		if isEmptyInterface(et) && !isTypeParam(et) || holdsEmptyInterface(et, seen) {
			return true
		}
	}
	return false
}
