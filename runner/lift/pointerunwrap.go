package lift

import "reflect"

// The interpreter gives a value of a script's type the methods of its
// pointer as well, so a wrapper of a value whose Error method has a value
// receiver, while only its pointer has Unwrap, unwrapped it, where Go
// finds no Unwrap on the value: errors.Is went on to the error it wraps.
// Package rewrite writes such a type's method of socklab's name for
// Unwrap as PointerUnwrap of what Unwrap returns; the wrapper's Unwrap
// hands it on where the wrapper holds a pointer, and returns nil, as
// errors.Unwrap does for an error without the method, where it holds the
// value.

// PointerUnwrap marks err as what an Unwrap method of a pointer alone
// returned, for the wrappers of the script's errors (ErrorWrappers).
func PointerUnwrap(err error) error { return pointerUnwrapped{err} }

// pointerUnwrapped is what Unwrap of a pointer alone returned.
type pointerUnwrapped struct{ err error }

func (p pointerUnwrapped) Error() string { return "socklab: Unwrap of a pointer alone" }

// pointerUnwrap returns err, what the wrapper w's method for Unwrap
// returned, or, where PointerUnwrap marked it, what it holds if w holds a
// pointer and nil if w holds the value.
func pointerUnwrap(w any, err error) error {
	p, ok := err.(pointerUnwrapped)
	if !ok {
		return err
	}
	v := reflect.ValueOf(w)
	self := v.FieldByName("W" + SelfMethod)
	if !self.IsValid() || self.IsNil() {
		return nil
	}
	held := v.Field(0)
	if held.Kind() == reflect.Interface {
		held = held.Elem()
	}
	r := self.Call(nil)[0]
	if r.Kind() == reflect.Interface {
		r = r.Elem()
	}
	if !r.IsValid() || r.Type() != selfType || !heldPointer(held, reflect.ValueOf(r.Interface().(selfValue).v)) {
		return nil
	}
	return p.err
}
