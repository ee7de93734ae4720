package lift

import (
	"bytes"
	"reflect"
	"strconv"
	"unicode"
)

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

// NamedPackage is the import path under which rewritten source finds the
// pool; the script process gives the interpreter its symbol table
// (NamedSymbols) only when a rewritten file imports it.
const NamedPackage = "socklab/named"

// NamedPerType is how many types the pool holds of each underlying type.
const NamedPerType = 8

// Named returns the name, in this package, of the pool's type number i
// (from 0) on the underlying type under ("float64", "[]byte"), or false
// where the pool has no such type.
func Named(under string, i int) (string, bool) {
	ts := namedPool()[under]
	if i < 0 || i >= len(ts) {
		return "", false
	}
	return ts[i].Name(), true
}

// NamedSymbols returns the symbol table, for the interpreter, of the
// pool's types that source imports from NamedPackage, under that path
// (loading all of them would cost about 120 µs a run).
func NamedSymbols(source ...[]byte) map[string]map[string]reflect.Value {
	syms := map[string]reflect.Value{}
	for _, src := range source {
		for _, name := range namedIn(src) {
			for _, ts := range namedPool() {
				for _, t := range ts {
					if t.Name() == name {
						syms[name] = reflect.Zero(reflect.PointerTo(t))
					}
				}
			}
			if v, ok := namedMethodSymbol(name); ok {
				syms[name] = v
			}
		}
	}
	if len(syms) == 0 {
		return nil
	}
	return map[string]map[string]reflect.Value{NamedPackage + "/lift": syms}
}

// namedIn returns the names that src refers to by the name it imports
// NamedPackage under (import _sl1 "socklab/named" ... _sl1.Float64_1).
func namedIn(src []byte) []string {
	i := bytes.Index(src, []byte(strconv.Quote(NamedPackage)))
	if i < 0 {
		return nil
	}
	fields := bytes.Fields(src[max(0, i-64):i])
	if len(fields) == 0 {
		return nil
	}
	prefix := append(fields[len(fields)-1], '.')
	var names []string
	for rest := src; ; {
		j := bytes.Index(rest, prefix)
		if j < 0 {
			return names
		}
		rest = rest[j+len(prefix):]
		end := bytes.IndexFunc(rest, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if end < 0 {
			end = len(rest)
		}
		names = append(names, string(rest[:end]))
	}
}
