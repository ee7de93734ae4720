package lift

import "reflect"

// Equal is x == y for two values of an interface of Go's library (error,
// io.Reader), as rewritten source calls it. The interpreter keeps a
// script's value stored as such an interface in a wrapper of its own,
// whose fields are functions, so that comparing two errors that both hold
// a script's value (err == ErrNotFound, where var ErrNotFound error =
// codeErr{404}) panicked with "comparing uncomparable type". Equal takes
// each value out of its wrappers, at the top and in the fields and
// elements of a struct or array, and compares them as Go does: values of
// different types differ, values of one comparable type are compared, and
// values of one type that is not comparable panic as Go's == does.
// Values that name their types (see Self) are of one type only where the
// names are the same. (Two types that the script declares alike, which
// the interpreter makes one type, and whose values do not name their
// types, are refused before the script runs.)
func Equal(x, y any) bool {
	a, an := unwrapped(reflect.ValueOf(x))
	b, bn := unwrapped(reflect.ValueOf(y))
	return equalNamed(a, an, b, bn)
}

// equalNamed is equal for values whose types are named an and bn, where
// Self or SelfMethod named them ("" where nothing did).
func equalNamed(a reflect.Value, an string, b reflect.Value, bn string) bool {
	if an != "" && bn != "" && an != bn {
		return false
	}
	return equal(a, b)
}

// equal compares a and b, values of an interface taken out of their
// wrappers, as Go's == compares interfaces.
func equal(a, b reflect.Value) bool {
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Type() != b.Type() {
		return false
	}
	// The interpreter's types are unnamed (reflect cannot name types): it
	// may keep wrappers in their fields. A named type is Go's library's.
	switch a.Kind() {
	case reflect.Struct:
		if isWrapper(a.Type()) || a.Type().Name() != "" {
			break
		}
		if !a.Type().Comparable() {
			break // Go's runtime panics naming the struct, not a field
		}
		for i := range a.NumField() {
			if !fieldEqual(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		if a.Type().Name() != "" || !a.Type().Comparable() {
			break
		}
		for i := range a.Len() {
			if !fieldEqual(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	}
	return a.Interface() == b.Interface() // panics for a type that is not comparable, as Go does
}

// fieldEqual compares a field or an element of two values of one type:
// one of interface type by what it holds, as Go does, and so one of an
// interface the script declares, which the interpreter's struct or array
// holds as its wrapper (interp.valueInterface), where comparing the
// wrappers compared where they came from.
func fieldEqual(a, b reflect.Value) bool {
	if a.Kind() == reflect.Interface {
		a, an := unwrapped(a.Elem())
		b, bn := unwrapped(b.Elem())
		return equalNamed(a, an, b, bn)
	}
	if isValueInterface(a.Type()) {
		a, an := heldOrNil(a)
		b, bn := heldOrNil(b)
		return equalNamed(a, an, b, bn)
	}
	return equal(a, b)
}

// heldOrNil is what unwrapped takes out of v, the interpreter's wrapper
// of a value of an interface the script declares, or no value where the
// wrapper holds none (a nil interface, which the interpreter keeps as a
// wrapper of nothing in more than one form).
func heldOrNil(v reflect.Value) (reflect.Value, string) {
	u, name := unwrapped(v)
	if u.IsValid() && isValueInterface(u.Type()) {
		return reflect.Value{}, ""
	}
	return u, name
}

// isWrapper reports whether t is an interface wrapper of the interpreter
// or of socklab (a struct with the value in its IValue field).
func isWrapper(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.NumField() > 0 && t.Field(0).Name == "IValue" && t.Field(0).Type.Kind() == reflect.Interface
}

// ErrorsIs is errors.Is for scripts. errors.Is compares each error of the
// chain with target only where target's type is comparable, which the
// interpreter's wrapper of a script's value is not (its fields are
// functions): errors.Is(err, ErrTooBig), with var ErrTooBig error =
// limitErr{64}, was false where Go finds it. ErrorsIs walks the chain as
// errors.Is does, comparing the values inside the wrappers as Equal does.
func ErrorsIs(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	t, name := unwrapped(reflect.ValueOf(target))
	return is(err, target, t, name, t.IsValid() && t.Type().Comparable())
}

// is walks err's chain, depth first, for an error equal to target (t
// taken out of its wrappers) or whose Is method says so.
func is(err, target error, t reflect.Value, name string, comparable bool) bool {
	for {
		if ev := reflect.ValueOf(err); comparable && mayEqual(ev, t) {
			if e, en := unwrapped(ev); equalNamed(e, en, t, name) {
				return true
			}
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if e != nil && is(e, target, t, name, comparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// mayEqual reports whether w, an error of a chain, may be equal to t, a
// target taken out of its wrappers, by what a wrapper holds alone, before
// unwrapped calls the script's method for the value and its type's name,
// which costs a call into the interpreter: a wrapper of a pointer holds
// the pointer, and one of a value of a type that is no struct or array
// the value.
func mayEqual(w, t reflect.Value) bool {
	if !w.IsValid() || !t.IsValid() || !isWrapper(w.Type()) {
		return true
	}
	held := w.Field(0)
	if held.Kind() == reflect.Interface {
		held = held.Elem()
	}
	switch t.Kind() {
	case reflect.Pointer:
		return held.Kind() == reflect.Pointer && held.Pointer() == t.Pointer() || isWrapper(held.Type())
	case reflect.Struct, reflect.Array, reflect.Interface:
		return true
	}
	return !held.IsValid() || isWrapper(held.Type()) || held.Type() == t.Type() && held.Equal(t)
}
