package lift

import (
	"reflect"
)

// A template names a map's key as it names a struct's field ({{.Xtoken}}
// is the key "Xtoken" of a map[string]any), so an execution renames a
// field named as the interpreter names an unexported one (see
// templatefields.go) where its data tells that it is a field
// (templatewalk.go). Where the walk through the trees cannot tell, a
// dataScan walks all the template can reach of the data by reflection, as
// text/template does (exported fields, elements, map values, what
// pointers and interfaces hold), for maps that hold such a key, and notes
// what could make one when the template runs (a function, a channel, a
// method of Go's library whose result may hold a map or an interface):
// where there is neither, the field is renamed.

// scanLimit bounds the values a scan visits; data larger than that is
// taken as unknown.
const scanLimit = 100_000

// A dataScan is what one execution's data holds of names, the fields its
// template names that the interpreter gives unexported fields.
type dataScan struct {
	names   map[string]bool
	key     string // a key of a map of the data that is one of names
	unknown string // what could make another map as the template runs
	visited int
	seen    map[seenKey]bool
	types   map[reflect.Type]bool // compiled types whose methods were looked at
}

// scanData walks v for names.
func scanData(v reflect.Value, names map[string]bool) *dataScan {
	s := &dataScan{names: names, seen: map[seenKey]bool{}, types: map[reflect.Type]bool{}}
	s.walk(v)
	return s
}

func (s *dataScan) walk(v reflect.Value) {
	if !v.IsValid() || s.unknown != "" {
		return
	}
	if s.visited++; s.visited > scanLimit {
		s.unknown = "more values than socklab looks through"
		return
	}
	s.methods(v.Type())
	switch v.Kind() {
	case reflect.Interface:
		s.walk(v.Elem())
	case reflect.Pointer:
		if v.IsNil() || s.saw(v, 0) {
			return
		}
		s.walk(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() {
				s.walk(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && (v.IsNil() || v.Len() == 0) {
			return
		}
		if v.Kind() == reflect.Slice && s.saw(v, v.Len()) {
			return
		}
		for i := range v.Len() {
			s.walk(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() || s.saw(v, 0) {
			return
		}
		if stringKeyed(v.Type()) {
			for n := range s.names {
				if s.key == "" && v.MapIndex(reflect.ValueOf(n)).IsValid() {
					s.key = n
				}
			}
		}
		for it := v.MapRange(); it.Next(); {
			s.walk(it.Value())
		}
	case reflect.Func:
		if !v.IsNil() && mayMake(v.Type(), map[reflect.Type]bool{}) {
			s.unknown = "a function of type " + v.Type().String()
		}
	case reflect.Chan:
		if !v.IsNil() && mayMake(v.Type(), map[reflect.Type]bool{}) {
			s.unknown = "a channel of type " + v.Type().String()
		}
	}
}

// seenKey is a pointer, map or slice a scan has walked: its type, where
// it points and, of a slice, its length.
type seenKey struct {
	t reflect.Type
	p uintptr
	n int
}

// saw reports whether the scan walked v, of n elements, before, and notes
// it.
func (s *dataScan) saw(v reflect.Value, n int) bool {
	k := seenKey{v.Type(), uintptr(v.UnsafePointer()), n}
	if s.seen[k] {
		return true
	}
	s.seen[k] = true
	return false
}

// methods notes, once for each type, a method of t that a template can
// call whose result may hold a map or an interface.
func (s *dataScan) methods(t reflect.Type) {
	if s.types[t] || s.unknown != "" {
		return
	}
	s.types[t] = true
	if m, ok := makingMethod(t, map[reflect.Type]bool{}); ok {
		s.unknown = "the method " + m + " of " + t.String()
	}
}

// stringKeyed reports whether a template can look a field's name up in a
// map of type t: its key is a string or an interface without methods.
func stringKeyed(t reflect.Type) bool {
	k := t.Key()
	return k == reflect.TypeFor[string]() || k.Kind() == reflect.Interface && k.NumMethod() == 0
}

// mayMake reports whether a value of type t may hold, or make when the
// template calls it, a map a template can look a name up in, or an
// interface (which may hold anything).
func mayMake(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if _, ok := makingMethod(t, seen); ok {
		return true
	}
	switch t.Kind() {
	case reflect.Map:
		return stringKeyed(t) || mayMake(t.Elem(), seen)
	case reflect.Interface:
		return true
	case reflect.Func:
		for i := range min(t.NumOut(), 1) {
			if mayMake(t.Out(i), seen) {
				return true
			}
		}
		return false
	case reflect.Chan, reflect.Pointer, reflect.Slice, reflect.Array:
		return mayMake(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && mayMake(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

// makingMethod returns the name of a method of t (or *t) that a template
// can call, whose first result may hold such a map or an interface.
func makingMethod(t reflect.Type, seen map[reflect.Type]bool) (string, bool) {
	for _, mt := range []reflect.Type{t, reflect.PointerTo(t)} {
		if mt.Kind() == reflect.Pointer && t.Kind() == reflect.Interface {
			continue
		}
		for i := range mt.NumMethod() {
			m := mt.Method(i)
			ft := m.Type
			if t.Kind() != reflect.Interface {
				ft = m.Func.Type() // with the receiver first
			}
			if ft.NumOut() == 0 || ft.NumOut() > 2 || ft.Out(0) == reflect.TypeFor[error]() {
				continue // not called by a template, or an error it prints
			}
			if mayMake(ft.Out(0), seen) {
				return m.Name, true
			}
		}
	}
	return "", false
}
