package lift

import "reflect"

// Go hashes the key of an assignment to a map (m[k] = v, m[k] += v,
// m[k]++) when it assigns, and where the key's dynamic type cannot be
// hashed panics with runtime error: hash of unhashable type []int, even
// in an empty map; a lookup or a delete in an empty map panics with
// another error (hash of unhashable type: []int). The interpreter looks
// an assignment's key up first where its value is not a call, so it
// panicked with the lookup's error there. Package rewrite (pass
// assignkey) hands such a key of a map keyed by an empty interface to
// AssignKey, which raises Go's error of the assignment before the
// interpreter's lookup:
//
//	m[k] = 1   =>   m[_sl1.AssignKey(k)] = 1

// AssignKey returns k, a key that the script assigns to a map, and panics
// with Go's runtime error where what it holds cannot be hashed.
func AssignKey(k any) any {
	if h := Held(k); h != nil && !hashable(reflect.ValueOf(h)) {
		m := map[any]bool{}
		m[h] = true // panics: runtime error: hash of unhashable type T
	}
	return k
}

// hashable reports whether a map can hash v: its type is comparable, and
// so are the dynamic types of the interfaces in it.
func hashable(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface:
		return v.IsNil() || hashable(v.Elem())
	case reflect.Struct:
		for i := range v.NumField() {
			if !hashable(v.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		if v.Type().Elem().Kind() != reflect.Interface && v.Type().Comparable() {
			return true
		}
		for i := range v.Len() {
			if !hashable(v.Index(i)) {
				return false
			}
		}
		return true
	}
	return v.Type().Comparable()
}
