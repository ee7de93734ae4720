package lift

import "reflect"

// The interpreter makes a type that a script declares on a basic type
// with methods the basic type itself (type Status int is an int at run
// time), and two struct types of the same fields one type, so the value
// inside its wrapper of a script's error does not say which of the
// script's types it is. Go's == on two errors compares their dynamic
// types first: Status(404) and Code(404) stored as error are not equal.
// Package rewrite gives each error type the script declares at the top
// level a method SelfMethod that returns the value with the name of its
// type (Self), and writes a value of such a type compared with an error
// as Self of it; Equal and ErrorsIs compare the names where both values
// have one.

// Self returns v, a value of the script's type named name ("main.Status",
// "*main.GoneError"), with that name, for Equal and ErrorsIs to compare.
// The name of an instance of a generic type is "": the interpreter may
// call the methods of another instance of the same fields on it.
func Self(name string, v any) any { return selfValue{name, v} }

// A selfValue is a script's value with the name of its type.
type selfValue struct {
	name string
	v    any
}

var selfType = reflect.TypeFor[selfValue]()

// unwrapped returns the value inside v's wrappers, if v is one (the
// interpreter's interp.valueInterface of a value in an interface, see
// interpValue, or a wrapper of an interface of Go's library), and the
// name of its type where the script's SelfMethod or Self gave it, "" where
// nothing did: what SelfMethod returns where the wrapper has it, the
// IValue field otherwise (a pointer, or a value of Go's library). The
// method has a value receiver, so a wrapper of a pointer gets the value
// it points to from it, and the wrapper holds the pointer (see
// heldPointer).
func unwrapped(v reflect.Value) (reflect.Value, string) {
	for v.IsValid() {
		if u, ok := interpValue(v); ok {
			v = u
			continue
		}
		if v.Type() == selfType {
			s := v.Interface().(selfValue)
			return reflect.ValueOf(s.v), s.name
		}
		if !isWrapper(v.Type()) {
			return v, ""
		}
		held := v.Field(0)
		if held.Kind() == reflect.Interface {
			held = held.Elem()
		}
		if self := v.FieldByName("W" + SelfMethod); self.IsValid() && self.Kind() == reflect.Func && !self.IsNil() {
			r := self.Call(nil)[0]
			if r.Kind() == reflect.Interface {
				r = r.Elem()
			}
			if !r.IsValid() || r.Type() != selfType {
				v = r
				continue
			}
			s := r.Interface().(selfValue)
			sv := reflect.ValueOf(s.v)
			if heldPointer(held, sv) {
				if s.name == "" {
					return held, ""
				}
				return held, "*" + s.name
			}
			return sv, s.name
		}
		v = held
	}
	return v, ""
}

// heldPointer reports whether held, what a wrapper of a script's value
// holds in IValue, is a pointer to the value sv that its SelfMethod
// returned, rather than what the interpreter keeps there for sv itself:
// for a struct, its last field that is set, which for a type that refers
// to itself (type E struct{ Msg string; Next *E }) is a pointer of the
// same type. Where both are the same pointer (e.Next == &e), it takes
// the wrapper to hold the value.
func heldPointer(held, sv reflect.Value) bool {
	if !sv.IsValid() || sv.Kind() == reflect.Pointer || held.Kind() != reflect.Pointer || !sameType(held.Type().Elem(), sv.Type()) {
		return false
	}
	if sv.Kind() != reflect.Struct || sv.NumMethod() > 0 {
		return true
	}
	for i := sv.NumField() - 1; i >= 0; i-- {
		f := sv.Field(i)
		if f.Kind() == reflect.Interface {
			f = f.Elem()
		}
		if f.IsValid() {
			return f.Kind() != reflect.Pointer || f.Type() != held.Type() || f.Pointer() != held.Pointer()
		}
	}
	return true
}

// sameType reports whether a and b are one type of the script: the
// interpreter may make a generic type's instance twice, as two struct
// types of one spelling.
func sameType(a, b reflect.Type) bool {
	return a == b || a.Kind() == b.Kind() && a.PkgPath() == "" && b.PkgPath() == "" && a.String() == b.String()
}
