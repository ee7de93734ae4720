package lift

import (
	"fmt"
	"reflect"
	"unsafe"
)

// A value of Go's library that holds a script's value in a field of an
// interface type (the error that fmt.Errorf's %w wraps, in its
// *fmt.wrapError) holds it in the interpreter's wrapper, a struct of
// lift's whose fields are the value and its methods, which fmt's %#v
// prints (err:lift._SelfError{IValue:9, WError:...}). ShowHeld hands such
// a value to fmt as a libraryHeld, which prints %#v with the script's
// value in the wrapper's place, shown by the file's function of the
// interface (see Dynamic), and every other verb as fmt prints the value
// itself.

// libraryHeld is a value of Go's library that holds a wrapper of a
// script's value, with the function that shows what wrappers hold.
type libraryHeld struct {
	v    reflect.Value
	held func(any) any
}

// Format prints h as fmt prints h.v under Go.
func (h libraryHeld) Format(f fmt.State, verb rune) {
	p := &printer{f: f, verb: verb, plusV: verb == 'v' && f.Flag('+'), sharpV: verb == 'v' && f.Flag('#'), held: h.held}
	if !p.sharpV {
		fmt.Fprintf(f, p.format(verb), h.v.Interface())
		return
	}
	v := h.v
	if v.Kind() != reflect.Pointer {
		c := reflect.New(v.Type()).Elem() // its fields addressable, see readable
		c.Set(v)
		v = c
	}
	p.value(v, nil, verb, 0, true)
}

// readable returns v, a field of an addressable struct that may be
// unexported, as a value whose contents can be handed on (Interface).
func readable(v reflect.Value) reflect.Value {
	if v.CanInterface() || !v.CanAddr() {
		return v
	}
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// holdsWrapped reports whether v, a value of a struct type of Go's
// library or a pointer to one, holds a wrapper of a script's value (see
// isWrapper) in a field of an interface type, or in an element of a
// field that is a slice of one (errors.Join's).
func holdsWrapped(v reflect.Value) bool {
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || v.Type().PkgPath() == "" || isValueInterface(v.Type()) || isWrapper(v.Type()) {
		return false
	}
	wrapper := func(f reflect.Value) bool {
		return f.Kind() == reflect.Interface && !f.IsNil() && isWrapper(f.Elem().Type())
	}
	for i := range v.NumField() {
		f := v.Field(i)
		if wrapper(f) {
			return true
		}
		if f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Interface {
			for j := range f.Len() {
				if wrapper(f.Index(j)) {
					return true
				}
			}
		}
	}
	return false
}
