package lift

import (
	"reflect"
	"sync"
)

// ShowHeld returns x as Show prints it where x's type holds, in an
// element, a field or a map's key or value, the interpreter's wrapper of
// a value of an interface the script declares (a type Bundle []Item, an
// []Item kept as a Bundle in an Item), which fmt would print as the
// wrapper's fields; x itself otherwise. Package rewrite's printing hands
// it a value of an interface that none of the script's types it asks for
// holds, with held, its function of that interface (see Dynamic), which
// shows each wrapper's value found inside x.
func ShowHeld(x any, held func(any) any) any {
	v := reflect.ValueOf(x)
	if v.IsValid() && isValueInterface(v.Type()) {
		if u, ok := interpValue(v); ok {
			v = u // the Bundle in its wrapper as an Item
		}
	}
	if !v.IsValid() || !v.CanInterface() {
		return x
	}
	if holdsWrapped(v) {
		return libraryHeld{v, held}
	}
	if !holdsValueInterface(v.Type()) {
		return x
	}
	return shown{v: v, held: held}
}

// heldForms caches holdsValueInterface's answers, by type.
var heldForms sync.Map

// holdsValueInterface reports whether rt, a slice, array, map or struct
// type, holds interp.valueInterface as an element, a field, a key or a
// value, itself or in such a type it holds.
func holdsValueInterface(rt reflect.Type) bool {
	if r, ok := heldForms.Load(rt); ok {
		return r.(bool)
	}
	r := holdsIn(rt, map[reflect.Type]bool{})
	heldForms.Store(rt, r)
	return r
}

func holdsIn(rt reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[rt] {
		return false
	}
	seen[rt] = true
	switch rt.Kind() {
	case reflect.Slice, reflect.Array:
		return isValueInterface(rt.Elem()) || holdsIn(rt.Elem(), seen)
	case reflect.Map:
		return isValueInterface(rt.Key()) || isValueInterface(rt.Elem()) || holdsIn(rt.Key(), seen) || holdsIn(rt.Elem(), seen)
	case reflect.Struct:
		if isValueInterface(rt) {
			return false // the wrapper itself: Printed's
		}
		for i := range rt.NumField() {
			if ft := rt.Field(i).Type; isValueInterface(ft) || holdsIn(ft, seen) {
				return true
			}
		}
	}
	return false
}
