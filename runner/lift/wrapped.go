package lift

import "reflect"

// Wrapped reports whether x is the interpreter's wrapper of a script's
// value in an interface (interp.valueInterface, see interpValue): it
// keeps a value of a type with methods so, where it holds a value of
// another type of the same runtime form ([]string for a Names with a
// String method) bare. Package rewrite's printing asks a value for such a
// type only where it is wrapped.
func Wrapped(x any) bool {
	rt := reflect.TypeOf(x)
	return rt != nil && rt.Kind() == reflect.Struct && rt.Name() == "valueInterface" && rt.PkgPath() == "github.com/traefik/yaegi/interp"
}

// nilWrapper reports whether v is the interpreter's wrapper of a nil
// interface value (a zero interp.valueInterface, which it keeps in a
// variable, field or element of an interface type the script declares).
func nilWrapper(v reflect.Value) bool {
	if !v.IsValid() || !v.CanInterface() || !Wrapped(v.Interface()) {
		return false
	}
	n := v.FieldByName("node")
	return n.IsValid() && n.Kind() == reflect.Pointer && n.IsNil()
}
