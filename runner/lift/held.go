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
