package lift

import (
	"encoding/gob"
	"reflect"
)

// The interpreter hands compiled code a value of a script's type with
// methods that an interface holds (a field of type any, a value of a
// map[string]any, an element of a []any, an any itself) in a wrapper of
// its own, interp.valueInterface, which gob took for the value: an
// Encode failed with gob: type not registered for interface:
// interp.valueInterface, and a Decode into an any holding a pointer with
// attempt to decode into a non-pointer. The rewrite (pass goberrors) hands
// such an Encode and Decode to GobEncodeAny and GobDecodeAny, which take
// the values out of the wrappers, as JSONAny does for encoding/json.

// gobWalk is a table of none of the script's types: its walk only takes
// the interpreter's wrappers out of the interfaces inside a value,
// copying only what holds one.
var gobWalk = &JSONTable{types: map[reflect.Type]*Type{}}

// GobAny returns x with every value that an interface inside it holds in
// the interpreter's wrapper taken out of it; x itself where none is.
func GobAny(x any) any { return JSONAny(x, nil, gobWalk) }

// GobEncodeAny is GobEncode of GobAny(v).
func GobEncodeAny(enc *gob.Encoder, v any, t *GobTable) error {
	return GobEncode(enc, GobAny(v), t)
}

// GobDecodeAny is GobDecode into v, an any that may hold in the
// interpreter's wrapper the pointer to decode into. Only v itself is
// unwrapped: gob replaces the values of the interfaces inside it.
func GobDecodeAny(dec *gob.Decoder, v any, t *GobTable) error {
	if rv := reflect.ValueOf(v); rv.IsValid() {
		if u, ok := interpValue(rv); ok {
			v = u.Interface()
		}
	}
	return GobDecode(dec, v, t)
}

// wrapperSymbols are, for the interpreter, the functions that take a
// script's values out of the interpreter's wrappers for Go's library.
func wrapperSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"GobEncodeAny": reflect.ValueOf(GobEncodeAny),
		"GobDecodeAny": reflect.ValueOf(GobDecodeAny),
		"DeepEqual":    reflect.ValueOf(DeepEqual),
	}
}
