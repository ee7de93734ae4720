package lift

import "reflect"

// ClearMap removes every key of the map m, as Go's clear(m) does: the
// interpreter lacks clear, and delete, which package rewrite calls for
// each key in its place, never finds a key that is not equal to itself
// (a NaN, or a struct or interface holding one).
func ClearMap(m any) {
	if v := reflect.ValueOf(m); v.Kind() == reflect.Map {
		v.Clear()
	}
}
