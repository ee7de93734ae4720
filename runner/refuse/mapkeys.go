package refuse

import (
	"go/ast"
	"go/types"
)

// interfaceMapKeys refuses a map type keyed by an interface with methods
// that the script declares (map[Shape]int): the interpreter keeps a value
// of such an interface in a struct of its own, which the map hashes as it
// is, so one value stored from two places is two keys, and a key of a
// concrete type panics ("reflect.Value.MapIndex: value of type ... is not
// assignable"). It refuses a map keyed by an interface of Go's library
// with methods (map[error]int) where a type the script declares
// implements it, too: the interpreter stores such a value as the
// interface in a wrapper with functions for fields, which a map cannot
// hash ("hash of unhashable type"). A type that runner/rewrite makes a
// compiled type of lift's pool is kept as Go keeps it.
func interfaceMapKeys(r *reporter) {
	var implementers []types.Type // the script's types, but interfaces and pooled ones
	for _, obj := range r.info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) && !r.pooled(tn.Type()) {
			if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() == 0 {
				implementers = append(implementers, tn.Type())
			}
		}
	}
	withMethods := false // a type of the script with methods, which the interpreter wraps in an any
	for _, t := range implementers {
		if types.NewMethodSet(types.NewPointer(t)).Len() > 0 {
			withMethods = true
		}
	}
	r.inspect(func(n ast.Node, _ []ast.Node) bool {
		m, ok := n.(*ast.MapType)
		if !ok {
			return true
		}
		key := r.typeOf(m.Key)
		if key == nil {
			return true
		}
		if _, ok := key.(*types.TypeParam); ok {
			return true
		}
		if withMethods && holdsEmptyInterface(key, map[types.Type]bool{}) {
			name := r.typeString(key)
			r.refuse(m.Key.Pos(), "the interpreter keeps a value of a type with methods stored in a field or element of type any of %s in a wrapper of its own, which a map keyed by %s hashes as it is: one key stored from two places is two keys: key the map by a type without fields of an interface type (a string, an id)", name, name)
			return true
		}
		it, ok := key.Underlying().(*types.Interface)
		if !ok || it.NumMethods() == 0 {
			return true
		}
		name := r.typeString(key)
		if !r.libraryInterface(key) { // the script's, named or spelt out
			r.refuse(m.Key.Pos(), "the interpreter keeps a value of %s in a form of its own, which a map keyed by %s hashes as it is: one value stored from two places is two keys, and a key of a concrete type panics: key the map by a concrete type (a pointer, an id)", name, name)
			return true
		}
		for _, t := range implementers {
			if !types.Implements(t, it) {
				t = types.NewPointer(t)
			}
			if types.Implements(t, it) {
				r.refuse(m.Key.Pos(), "the interpreter keeps a %s stored as %s in a wrapper that a map cannot hash (it panics: hash of unhashable type): key the map by a concrete type, or by what identifies the value (err.Error() for an error)", r.typeString(t), name)
				return true
			}
		}
		return true
	})
}

// holdsEmptyInterface reports whether t is a struct or an array type with
// a field or an element of an empty interface, itself or in a struct or
// array it holds.
func holdsEmptyInterface(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
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
		if _, param := et.(*types.TypeParam); param {
			continue
		}
		if it, ok := et.Underlying().(*types.Interface); ok && it.NumMethods() == 0 || holdsEmptyInterface(et, seen) {
			return true
		}
	}
	return false
}
