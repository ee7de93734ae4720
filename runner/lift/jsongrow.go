package lift

import (
	"reflect"
	"strconv"
)

// Go's decoder grows a slice it decodes an array into one element at a
// time (reflect.Value.Grow(1) where the next element is past the
// capacity), so the capacity it ends with is the one append gives a
// slice of the element's size and pointers. The mirror of a target whose
// elements hold a stand-in (jsonunmarshal.go) has elements of another
// size, so its capacity is not Go's: jsonGrown grows the target itself
// as the decoder would have.

// jsonGrown returns dst, a slice, grown as Go's decoder grows it to hold
// n elements, n more than its capacity: with dst's elements up to its
// capacity, and a capacity that the element type of a Go build gives.
func jsonGrown(dst reflect.Value, n int) reflect.Value {
	grow := func(s reflect.Value) reflect.Value {
		for s.Cap() < n {
			s.SetLen(s.Cap())
			s.Grow(1)
		}
		return s
	}
	st := dst.Type()
	if gt := goLayout(st.Elem()); gt != st.Elem() {
		// The interpreter's element is of another size than Go's: the
		// capacity is that of a slice of a type of Go's size and pointers.
		s := reflect.New(reflect.SliceOf(gt)).Elem()
		if c := dst.Cap(); c > 0 {
			s.Set(reflect.MakeSlice(s.Type(), c, c))
		}
		out := reflect.MakeSlice(st, n, grow(s).Cap())
		reflect.Copy(out, dst.Slice(0, dst.Cap()))
		return out
	}
	s := reflect.New(st).Elem()
	if !dst.IsNil() {
		s.Set(dst.Slice(0, dst.Cap()))
	}
	return grow(s).Slice(0, n)
}

// goLayout returns a type of the size, alignment and pointers that the
// Go type of rt, an interpreter's runtime type, has: rt itself, but where
// it holds an interface of the script's with methods by value (in a
// field or an array's element), which the interpreter keeps as an
// interp.valueInterface of three words, where Go's interface is two.
func goLayout(rt reflect.Type) reflect.Type {
	if isValueInterface(rt) {
		return reflect.TypeFor[any]()
	}
	switch rt.Kind() {
	case reflect.Array:
		if e := goLayout(rt.Elem()); e != rt.Elem() {
			return reflect.ArrayOf(rt.Len(), e)
		}
	case reflect.Struct:
		changed := false
		fs := make([]reflect.StructField, rt.NumField())
		for i := range fs {
			f := rt.Field(i)
			fs[i] = reflect.StructField{Name: "F" + strconv.Itoa(i), Type: goLayout(f.Type)}
			changed = changed || fs[i].Type != f.Type
		}
		if changed {
			return reflect.StructOf(fs)
		}
	}
	return rt
}
