package lift

import (
	"reflect"
	"unsafe"
)

// DeepEqual is reflect.DeepEqual(x, y) for a script that declares a type
// with methods. The interpreter hands compiled code such a value, where
// an interface holds it (an any argument, a value of a map[string]any, an
// element of a []any), in a wrapper of its own that records where the
// value was made, so two equal values were never deeply equal
// (DeepEqual(map[string]any{"p": Point{1, 2}}, map[string]any{"p":
// Point{1, 2}}) was false); an interface the script declares (a Shape) is
// such a wrapper wherever it is, in a []Shape, a field, a map's values.
// DeepEqual compares the values taken out of the wrappers (GobAny's
// walk, which copies only what holds one, then deepEqual's).
func DeepEqual(x, y any) bool {
	gx, gy := GobAny(x), GobAny(y)
	if gx == nil || gy == nil {
		return gx == gy
	}
	v1, v2 := reflect.ValueOf(gx), reflect.ValueOf(gy)
	if v1.Type() != v2.Type() {
		return false
	}
	return deepEqual(v1, v2, map[deepVisit]bool{})
}

// A deepVisit is a pair of pointers of one type that deepEqual compares,
// taken as equal when it meets them again (a cycle).
type deepVisit struct {
	a, b unsafe.Pointer
	typ  reflect.Type
}

// deepEqual is reflect's deep equality of v1 and v2, of one type, that
// compares the values inside two of the interpreter's wrappers
// (interp.valueInterface) rather than the wrappers.
func deepEqual(v1, v2 reflect.Value, visited map[deepVisit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.Type() != v2.Type() {
		return false
	}
	if isInterpWrapper(v1.Type()) && v1.CanInterface() && v2.CanInterface() {
		u1, ok1 := interpValue(v1)
		u2, ok2 := interpValue(v2)
		if ok1 || ok2 {
			return ok1 && ok2 && deepEqual(u1, u2, visited)
		}
	}
	switch v1.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice:
		if !v1.IsNil() && !v2.IsNil() {
			k := deepVisit{v1.UnsafePointer(), v2.UnsafePointer(), v1.Type()}
			if visited[k] {
				return true
			}
			visited[k] = true
		}
	}
	switch v1.Kind() {
	case reflect.Array:
		for i := range v1.Len() {
			if !deepEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		for i := range v1.Len() {
			if !deepEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case reflect.Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepEqual(v1.Elem(), v2.Elem(), visited)
	case reflect.Pointer:
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		return deepEqual(v1.Elem(), v2.Elem(), visited)
	case reflect.Struct:
		for i := range v1.NumField() {
			if !deepEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case reflect.Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		for it := v1.MapRange(); it.Next(); {
			e2 := v2.MapIndex(it.Key())
			if !e2.IsValid() || !deepEqual(it.Value(), e2, visited) {
				return false
			}
		}
		return true
	case reflect.Func:
		return v1.IsNil() && v2.IsNil()
	case reflect.Bool:
		return v1.Bool() == v2.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v1.Int() == v2.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v1.Uint() == v2.Uint()
	case reflect.Float32, reflect.Float64:
		return v1.Float() == v2.Float()
	case reflect.Complex64, reflect.Complex128:
		return v1.Complex() == v2.Complex()
	case reflect.String:
		return v1.String() == v2.String()
	case reflect.Chan, reflect.UnsafePointer:
		return v1.Pointer() == v2.Pointer()
	}
	return false
}

// isInterpWrapper reports whether t is the interpreter's wrapper of a
// value held by an interface the script declares (interp.valueInterface).
func isInterpWrapper(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == "github.com/traefik/yaegi/interp"
}
