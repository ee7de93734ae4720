package lift

import "reflect"

// DeepEqual is reflect.DeepEqual(x, y) for a script that declares a type
// with methods. The interpreter hands compiled code such a value, where
// an interface holds it (an any argument, a value of a map[string]any, an
// element of a []any), in a wrapper of its own that records where the
// value was made, so two equal values were never deeply equal
// (DeepEqual(map[string]any{"p": Point{1, 2}}, map[string]any{"p":
// Point{1, 2}}) was false). DeepEqual compares the values taken out of
// the wrappers (GobAny's walk, which copies only what holds one, and
// heldOut's, for the elements of an interface type the script declares,
// of two values of one type).
func DeepEqual(x, y any) bool {
	gx, gy := GobAny(x), GobAny(y)
	if reflect.TypeOf(gx) == reflect.TypeOf(gy) { // a []Shape is never deeply equal to a []any
		gx, gy = heldOut(gx), heldOut(gy)
	}
	return reflect.DeepEqual(gx, gy)
}

// heldOut returns x, a slice, an array or a map whose elements are of an
// interface type the script declares (a []Shape, a map[string]Shape),
// which the interpreter makes elements of its wrapper, as one of elements
// of type any holding the values taken out of the wrappers; x itself
// otherwise.
func heldOut(x any) any {
	v := reflect.ValueOf(x)
	if !v.IsValid() {
		return x
	}
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
	default:
		return x
	}
	if !isInterpWrapper(v.Type().Elem()) {
		return x
	}
	anyT := reflect.TypeFor[any]()
	held := func(e reflect.Value) reflect.Value {
		out := reflect.New(anyT).Elem()
		if u, ok := interpValue(e); ok {
			out.Set(u)
		}
		return out
	}
	switch v.Kind() {
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(reflect.MapOf(v.Type().Key(), anyT)).Interface()
		}
		out := reflect.MakeMapWithSize(reflect.MapOf(v.Type().Key(), anyT), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), held(it.Value()))
		}
		return out.Interface()
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(reflect.SliceOf(anyT)).Interface()
		}
		out := reflect.MakeSlice(reflect.SliceOf(anyT), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(held(v.Index(i)))
		}
		return out.Interface()
	}
	out := reflect.New(reflect.ArrayOf(v.Len(), anyT)).Elem()
	for i := range v.Len() {
		out.Index(i).Set(held(v.Index(i)))
	}
	return out.Interface()
}

// isInterpWrapper reports whether t is the interpreter's wrapper of a
// value held by an interface the script declares (interp.valueInterface).
func isInterpWrapper(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == "github.com/traefik/yaegi/interp"
}
