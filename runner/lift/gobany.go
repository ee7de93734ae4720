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
		"GobEncodeAny":    reflect.ValueOf(GobEncodeAny),
		"GobDecodeAny":    reflect.ValueOf(GobDecodeAny),
		"DeepEqual":       reflect.ValueOf(DeepEqual),
		"GobNamesOf":      reflect.ValueOf(GobNamesOf),
		"GobNames":        reflect.ValueOf((*GobNames)(nil)),
		"GobRegister":     reflect.ValueOf(GobRegister),
		"GobRegisterName": reflect.ValueOf(GobRegisterName),
	}
}

// A GobNames maps the interpreter's runtime types of the script's types
// to the names gob.Register gives them in a Go build (see GobName in
// runner/rewrite): gob.Register of a value held as an interface (for _,
// v := range []any{Join{}, &Say{}} { gob.Register(v) }) named it by its
// runtime type, or registered the interpreter's wrapper of a value with
// methods, so that it never found the type of a value sent.
type GobNames struct{ names map[reflect.Type]string }

// GobNamesOf returns the names of the script's types, each given as a
// nil slice of it ([]T(nil)) followed by its name ("main.T", "*main.T").
func GobNamesOf(entries ...any) *GobNames {
	n := &GobNames{names: map[reflect.Type]string{}}
	for i := 0; i+1 < len(entries); i += 2 {
		rt := reflect.TypeOf(entries[i])
		name, _ := entries[i+1].(string)
		if rt == nil || rt.Kind() != reflect.Slice || name == "" {
			continue
		}
		n.names[rt.Elem()] = name
	}
	return n
}

// GobRegister is gob.Register(v) for v of an interface type: the value is
// taken out of the interpreter's wrapper and registered under the name
// Go gives its type, where it is one of the script's types n names.
func GobRegister(v any, n *GobNames) {
	v = gobHeld(v)
	if n != nil {
		if name, ok := n.names[reflect.TypeOf(v)]; ok {
			gob.RegisterName(name, v)
			return
		}
	}
	gob.Register(v)
}

// GobRegisterName is gob.RegisterName(name, v) for v of an interface
// type, taken out of the interpreter's wrapper.
func GobRegisterName(name string, v any) { gob.RegisterName(name, gobHeld(v)) }

// gobHeld returns the value that v, the interpreter's wrapper, holds, or
// v itself.
func gobHeld(v any) any {
	if rv := reflect.ValueOf(v); rv.IsValid() {
		if u, ok := interpValue(rv); ok {
			return u.Interface()
		}
	}
	return v
}
