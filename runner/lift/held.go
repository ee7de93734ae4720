package lift

import "reflect"

// Held returns what v holds, taken out of the interpreter's wrappers and
// socklab's: a script's value stored as an interface of Go's library
// (error) and then as an empty interface stays in its wrapper, which the
// interpreter's assertion to the value's own type never finds.
func Held(v any) any {
	u, _ := unwrapped(reflect.ValueOf(v))
	if !u.IsValid() {
		return nil
	}
	return u.Interface()
}

// Key is k as the key of a map keyed by an empty interface: what Held
// takes out of the interpreter's wrappers, which the map would hash as
// they are (two keys for one value, or a panic for a wrapper with
// functions for fields).
func Key(k any) any { return Held(k) }

// Printed is Held for printing, where what a wrapper holds is known: the
// value its SelfMethod returns (an error of the script's), or a pointer
// or a value of Go's library it holds. A wrapper of a script's struct
// value without the method (in a fmt.Stringer) holds one of the struct's
// fields, not the struct, so it is returned as it is: fmt prints it by
// calling its method.
func Printed(v any) any {
	h := printed(v)
	if t := reflect.TypeOf(h); t != nil && t.Kind() == reflect.Struct && t.NumField() == 0 {
		return heldEmpty{h}
	}
	return h
}

// heldEmpty is how Printed hands the interpreter a struct of no fields
// (struct{}, a script's type bailout struct{}): the interpreter's
// assertion of a value that compiled code returned reads the first field
// of a struct, to take a value of its own out of its wrapper, and
// panicked on a struct of none (reflect: Field index out of bounds). In
// a field of its wrappers' name it finds the value and asserts it.
type heldEmpty struct{ IValue any }

// HeldEmpty reports whether h, what Printed returned, holds a struct of no
// fields, itself or in the interpreter's wrappers: the interpreter's assertion of it to a type with fields read
// their first and panicked (reflect: Field index out of bounds), so a
// printing function asks h for those only where it holds none.
func HeldEmpty(h any) bool {
	if _, ok := h.(heldEmpty); ok {
		return true
	}
	u, _ := unwrapped(reflect.ValueOf(h))
	return u.IsValid() && u.Kind() == reflect.Struct && u.NumField() == 0
}

func printed(v any) any {
	w := reflect.ValueOf(v)
	if !w.IsValid() || w.Type() != selfType && !isWrapper(w.Type()) {
		return v
	}
	if w.Type() != selfType && !w.FieldByName("W"+SelfMethod).IsValid() {
		held := w.Field(0)
		if held.Kind() == reflect.Interface {
			held = held.Elem()
		}
		if !held.IsValid() || held.Kind() != reflect.Pointer && held.Type().PkgPath() == "" {
			return v
		}
	}
	return Held(v)
}
