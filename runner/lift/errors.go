// Package lift holds symbol wrappers that lift gaps of the interpreter:
// compiled functions handed to scripts in place of the standard library's
// own where those, given the values the interpreter makes, would behave
// differently from Go.
package lift

import (
	"errors"
	"reflect"
	"strings"
)

var errorType = reflect.TypeFor[error]()

// ownPath is this package's import path, where its wrappers live.
var ownPath = reflect.TypeFor[_UnwrapError]().PkgPath()

// ErrorsAs is errors.As for scripts. The interpreter gives the types a
// script declares no methods that compiled code can see, so errors.As,
// handed a pointer to a variable of such a type, panics ("target must be
// interface or implement error"). ErrorsAs then looks for the error by its
// type along the chain, as errors.As does, and hands any other target to
// errors.As. (Two types the script declares with the same underlying type
// look alike here: socklab refuses errors.As for those before the script
// runs.) A script's struct value the interpreter does not keep whole in its
// wrapper, whose IValue holds one of its fields; the wrapper's SelfMethod,
// which package rewrite gives each error type the script declares at the
// top level, returns it (see unwrapped), so a target of a value error type
// (var short Short; errors.As(err, &short)) finds it as Go does.
func ErrorsAs(err error, target any) bool {
	tv := reflect.ValueOf(target)
	if target == nil || tv.Kind() != reflect.Pointer || tv.IsNil() {
		return errors.As(err, target) // panics with errors.As's own message
	}
	want := tv.Type().Elem()
	if want.Kind() == reflect.Interface || want.Implements(errorType) {
		return errors.As(err, target)
	}
	return find(err, func(e error) bool {
		if v, _ := unwrapped(reflect.ValueOf(e)); v.IsValid() && v.Type() == want {
			tv.Elem().Set(v)
			return true
		}
		v := scriptValue(reflect.ValueOf(e))
		if v.IsValid() && v.Type() == want {
			tv.Elem().Set(v)
			return true
		}
		if x, ok := e.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		return false
	})
}

// find walks err's chain as errors.As does, depth first, and reports
// whether match accepted an error of it.
func find(err error, match func(error) bool) bool {
	for err != nil {
		if match(err) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if find(e, match) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// scriptValue returns the script's own value inside v when v is one of the
// interpreter's interface wrappers, or of this package's (a struct with the
// value in its IValue field), and v otherwise.
func scriptValue(v reflect.Value) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Struct && (strings.Contains(v.Type().PkgPath(), "yaegi") || v.Type().PkgPath() == ownPath) {
		f := v.FieldByName("IValue")
		if !f.IsValid() {
			break
		}
		v = f
		if v.Kind() == reflect.Interface {
			v = v.Elem()
		}
	}
	return v
}

// ErrorsJoin is errors.Join for scripts. The interpreter hands a compiled
// function taking ...error a script's error as it is, which reflect cannot
// pass as an error; the runner tells the interpreter to wrap such errors
// with their Error method for ErrorsJoin (its MapTypes entry), as it does
// for fmt's functions. A slice passed with errs... arrives as it is.
func ErrorsJoin(errs ...error) error { return errors.Join(errs...) }
