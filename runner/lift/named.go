package lift

import "reflect"

// The interpreter makes a type that a script declares on a basic type
// (type Celsius float64) the basic type itself: reflect cannot make a
// named type, and the interpreter asks reflect for each type's runtime
// form. So a Celsius in an interface is a float64, and a type switch or a
// type assertion cannot tell them apart (3.5 matches case Celsius, a
// Celsius matches case float64), nor == two interfaces holding them. A
// compiled named type is a runtime type of its own, which the
// interpreter keeps: the rewrite (runner/rewrite) declares such a type of
// the script as an alias of one of the pool's types (type Celsius =
// lift.Float64_1), a type of its own for each the script declares on one
// underlying type. The pool's types have no methods, so only a type
// without methods of its own can be one.

// NamedPerType is how many types the pool holds of each underlying type.
const NamedPerType = 8

// Named returns the name, in this package, of the pool's type number i
// (from 0) on the underlying type under ("float64", "[]byte"), or false
// where the pool has no such type.
func Named(under string, i int) (string, bool) {
	ts := namedPool[under]
	if i < 0 || i >= len(ts) {
		return "", false
	}
	return ts[i].Name(), true
}

// namedSymbols are the pool's types, for the interpreter's symbol table.
func namedSymbols() map[string]reflect.Value {
	syms := map[string]reflect.Value{}
	for _, ts := range namedPool {
		for _, t := range ts {
			syms[t.Name()] = reflect.Zero(reflect.PointerTo(t))
		}
	}
	return syms
}
