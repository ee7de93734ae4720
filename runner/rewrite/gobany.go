package rewrite

import "go/types"

// The interpreter hands gob a value of a type the script declares with
// methods that an interface holds in a wrapper of its own, which gob took
// for the value (gob: type not registered for interface:
// interp.valueInterface). Pass goberrors hands an Encode of a value that
// holds an interface, and a Decode into an interface, in such a script to
// lift.GobEncodeAny and lift.GobDecodeAny, which take the values out.

// declaresWrapped reports whether one of the script's packages declares a
// type with methods whose values the interpreter keeps in its wrapper
// when an interface holds them (hasDeclaredMethods): a type of the
// package, at its top level or in a function, or of another package of
// the script, at its top level.
func declaresWrapped(p *Package) bool {
	for _, obj := range p.Info.Defs {
		if wrappedType(obj) {
			return true
		}
	}
	for _, pkg := range p.Script {
		if pkg == p.Types {
			continue
		}
		for _, name := range pkg.Scope().Names() {
			if wrappedType(pkg.Scope().Lookup(name)) {
				return true
			}
		}
	}
	return false
}

// wrappedType reports whether obj declares a type whose values the
// interpreter wraps in an interface.
func wrappedType(obj types.Object) bool {
	tn, ok := obj.(*types.TypeName)
	if !ok || tn.IsAlias() {
		return false
	}
	n, ok := tn.Type().(*types.Named)
	return ok && !types.IsInterface(n) && hasDeclaredMethods(n)
}
