package lift

import "reflect"

// Wrapped reports whether x is the interpreter's wrapper of a script's
// value in an interface (interp.valueInterface, see interpValue): it
// keeps a value of a type with methods so, where it holds a value of
// another type of the same runtime form ([]string for a Names with a
// String method) bare. Package rewrite's printing asks a value for such a
// type only where it is wrapped.
func Wrapped(x any) bool { return isValueInterface(reflect.TypeOf(x)) }

// isValueInterface reports whether rt is interp.valueInterface, the
// interpreter's form of a value of an interface type the script declares
// with methods.
func isValueInterface(rt reflect.Type) bool {
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

// SelfNamed returns what x holds, taken out of the wrappers, where a wrapper's
// SelfMethod names its type name ("main.Path", "*main.Path"), and nil
// otherwise. The interpreter keeps a value of a type with the runtime form
// of another (type Path []Point beside a []Point) bare in a wrapper of an
// interface of Go's library (a fmt.Stringer), which Wrapped does not
// tell: package rewrite's printing asks such a wrapper for the type by
// the name its method gives.
func SelfNamed(x any, name string) any {
	v, n := unwrapped(reflect.ValueOf(x))
	if n != name || !v.IsValid() {
		return nil
	}
	if v.Kind() == reflect.Struct && v.NumField() == 0 {
		return heldEmpty{v.Interface()} // as Printed hands one over
	}
	return v.Interface()
}
