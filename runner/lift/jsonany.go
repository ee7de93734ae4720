package lift

import (
	"reflect"
	"sync"
	"unsafe"
)

// A value of a script's struct type held in an interface (an any, an
// element of a []any or map[string]any, a field of type any) reaches
// encoding/json as the interpreter's struct type, whose unexported fields
// are exported (Xname) and whose embedded fields are plain ones, or, for
// a type with methods, in a wrapper of the interpreter's with no exported
// field ({}); the rewrite cannot see it from the static type. It hands
// such a value to JSONAny with a table of the script's struct types
// (JSONTypes), and JSONAny looks up each value it finds in an interface
// by its runtime type.

// A JSONTable maps the interpreter's runtime types of a script's struct
// types to their descriptions.
type JSONTable struct {
	types   map[reflect.Type]*Type
	methods map[string]*Type // the types with MarshalJSON or MarshalText, by Go's name (see JSONTableMethods)
	out     sync.Map         // mirrorKey -> reflect.Type: what typeOf made
	iface   sync.Map         // reflect.Type -> bool: whether an interface is in it
}

// JSONTypes returns the table of the script's struct types, each given as
// a nil slice of it ([]T(nil): the interpreter hands a value of a type
// with methods to compiled code in a wrapper of its own, a slice of them
// as it is), described by the Types of the same index.
func JSONTypes(slices []any, ts []*Type) *JSONTable {
	tab := &JSONTable{types: map[reflect.Type]*Type{}}
	for i, s := range slices {
		if rt := reflect.TypeOf(s); i < len(ts) && rt != nil && rt.Kind() == reflect.Slice {
			tab.types[rt.Elem()] = ts[i]
		}
	}
	return tab
}

// maxJSONDepth bounds the walk through a value that holds itself, which
// is then left to encoding/json (which reports the cycle).
const maxJSONDepth = 1000

// JSONAny returns x, whose static type t describes, as a value that
// encoding/json encodes as Go encodes x: the script's struct values in it,
// those held in interfaces too, copied into types that leave their
// unexported fields out and embed what Go embeds.
func JSONAny(x any, t *Type, tab *JSONTable) any {
	v := reflect.ValueOf(x)
	if !v.IsValid() || tab == nil {
		return x
	}
	if t != nil && t.iface {
		t = nil // what an interface of the script's holds: known by its runtime type alone
	}
	unwrapped := false
	if u, ok := interpValue(v); ok {
		v, t, unwrapped = u, nil, true
	}
	out, changed := tab.convert(v, t, 0)
	if !changed && !unwrapped || !out.CanInterface() {
		return x
	}
	return out.Interface()
}

// convert returns v, of the static type t describes (nil: known by its
// runtime type alone), as a value of tab.typeOf its type with the
// script's struct values in it converted, and whether that is a copy.
func (tab *JSONTable) convert(v reflect.Value, t *Type, depth int) (reflect.Value, bool) {
	return tab.convertWith(v, t, depth, nil)
}

// convertWith is convert, which, for an encoding with the script's
// MarshalJSON and MarshalText methods (enc: see JSONMarshal), puts a
// stand-in that calls them where Go's encoder would call one: by the
// static type t, or by the type the interpreter keeps beside a value in
// an interface.
func (tab *JSONTable) convertWith(v reflect.Value, t *Type, depth int, enc *jsonEncoding) (reflect.Value, bool) {
	rt := v.Type()
	if t == nil {
		t = tab.types[rt]
	}
	if depth > maxJSONDepth {
		return v, false
	}
	depth++
	if enc != nil && jsonMethodsAt(rt, t) {
		if s, ok := enc.spot(v, t); ok {
			return s, true
		}
		t = plainOf(t)
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v, false
		}
		e := v.Elem()
		if enc != nil {
			if s, ok := enc.held(e, tab, depth); ok {
				return s, true
			}
		}
		if u, ok := interpValue(e); ok {
			e, _ = tab.convertWith(u, nil, depth, enc)
			return e, true
		}
		return tab.convertWith(e, nil, depth, enc)
	}
	ot := tab.typeOf(rt, t, map[mirrorKey]bool{})
	if ot == rt && !tab.holdsInterface(rt) {
		return v, false
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(ot), ot != rt
		}
		e, changed := tab.convertWith(v.Elem(), elemOf(t), depth, enc)
		if !changed && ot == rt {
			return v, false
		}
		if !e.Type().AssignableTo(ot.Elem()) {
			return v, false // past maxJSONDepth
		}
		p := reflect.New(ot.Elem())
		p.Elem().Set(e)
		return p, true
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return reflect.Zero(ot), ot != rt
		}
		es := make([]reflect.Value, v.Len())
		changed := ot != rt
		for i := range es {
			var c bool
			es[i], c = tab.convertWith(v.Index(i), elemOf(t), depth, enc)
			changed = changed || c
		}
		if !changed {
			return v, false
		}
		var out reflect.Value
		if v.Kind() == reflect.Slice {
			out = reflect.MakeSlice(ot, len(es), len(es))
		} else {
			out = reflect.New(ot).Elem()
		}
		for i, e := range es {
			if !e.Type().AssignableTo(ot.Elem()) {
				return v, false // past maxJSONDepth
			}
			out.Index(i).Set(e)
		}
		return out, true
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(ot), ot != rt
		}
		keys, es := make([]reflect.Value, 0, v.Len()), make([]reflect.Value, 0, v.Len())
		changed := ot != rt
		for it := v.MapRange(); it.Next(); {
			e, c := tab.convertWith(it.Value(), elemOf(t), depth, enc)
			if !e.Type().AssignableTo(ot.Elem()) {
				return v, false // past maxJSONDepth
			}
			changed = changed || c
			keys, es = append(keys, it.Key()), append(es, e)
		}
		if !changed {
			return v, false
		}
		out := reflect.MakeMapWithSize(ot, len(keys))
		var km *jsonKeyMethod
		if ot.Key() == jsonKeyType && enc != nil {
			km = &jsonKeyMethod{c: enc, f: t.key.marshal.text, name: t.key.name, mapName: nameOf(rt, t)}
		}
		for i, k := range keys {
			if km != nil {
				k = reflect.ValueOf(jsonKey{k.Interface(), km})
			}
			out.SetMapIndex(k, es[i])
		}
		return out, true
	case reflect.Struct:
		if !tab.rebuilt(rt, t) {
			return v, false
		}
		out := reflect.New(ot).Elem()
		changed := ot != rt
		j := 0
		for i := range rt.NumField() {
			var ft *Type
			if t != nil {
				if !t.fields[i].embedded && !exported(t.fields[i].name) {
					continue
				}
				ft = t.fields[i].t
			}
			fv, otf := v.Field(i), ot.Field(j)
			j++
			if otf.Type.Kind() == reflect.Interface && fv.Kind() != reflect.Interface && omitted(otf.Tag, fv) {
				changed = true
				continue // left out by Go's encoder, as the interface's nil is
			}
			e, c := tab.convertWith(fv, ft, depth, enc)
			if !e.Type().AssignableTo(otf.Type) {
				return v, false // past maxJSONDepth
			}
			changed = changed || c
			out.Field(j - 1).Set(e)
		}
		if !changed {
			return v, false
		}
		return out, true
	}
	return v, false
}

// rebuilt reports whether a struct type's values are copied field by
// field: one of the script's (t describes it), or one of the
// interpreter's with no name, all of whose fields are exported.
func (tab *JSONTable) rebuilt(rt reflect.Type, t *Type) bool {
	if t != nil {
		return len(t.fields) == rt.NumField()
	}
	if rt.Name() != "" {
		return false
	}
	for i := range rt.NumField() {
		if !rt.Field(i).IsExported() {
			return false
		}
	}
	return true
}

// typeOf returns the type that convert makes of a value of rt, of the
// static type t describes: rt itself where nothing in it changes (an
// interface stays one), the script's struct types without their
// unexported fields and with Go's embedding. seen guards against a type
// that holds itself, which is left as it is.
func (tab *JSONTable) typeOf(rt reflect.Type, t *Type, seen map[mirrorKey]bool) reflect.Type {
	if t == nil {
		t = tab.types[rt]
	}
	if jsonMethodsAt(rt, t) {
		return anyType // a stand-in, or the value (see convertWith)
	}
	k := mirrorKey{rt, t}
	if m, ok := tab.out.Load(k); ok {
		return m.(reflect.Type)
	}
	if seen[k] {
		return rt
	}
	seen[k] = true
	defer delete(seen, k)
	m := rt
	switch rt.Kind() {
	case reflect.Pointer:
		if e := tab.typeOf(rt.Elem(), elemOf(t), seen); e != rt.Elem() {
			m = reflect.PointerTo(e)
		}
	case reflect.Slice:
		if e := tab.typeOf(rt.Elem(), elemOf(t), seen); e != rt.Elem() {
			m = reflect.SliceOf(e)
		}
	case reflect.Array:
		if e := tab.typeOf(rt.Elem(), elemOf(t), seen); e != rt.Elem() {
			m = reflect.ArrayOf(rt.Len(), e)
		}
	case reflect.Map:
		key := rt.Key()
		if textKey(key, keyOf(t)) {
			key = jsonKeyType // see JSONMarshal
		}
		if e := tab.typeOf(rt.Elem(), elemOf(t), seen); e != rt.Elem() || key != rt.Key() {
			m = reflect.MapOf(key, e)
		}
	case reflect.Struct:
		if !tab.rebuilt(rt, t) {
			break
		}
		changed := false
		var fs []reflect.StructField
		for i := range rt.NumField() {
			f := rt.Field(i)
			var ft *Type
			if t != nil {
				if !t.fields[i].embedded && !exported(t.fields[i].name) {
					changed = true
					continue
				}
				ft = t.fields[i].t
				changed = changed || f.Anonymous != t.fields[i].embedded
				f.Anonymous = t.fields[i].embedded
			}
			ftype := tab.typeOf(f.Type, ft, seen)
			changed = changed || ftype != f.Type
			f.Type, f.Index, f.Offset = ftype, nil, 0
			fs = append(fs, f)
		}
		if changed {
			m = reflect.StructOf(fs)
		}
	}
	tab.out.Store(k, m)
	return m
}

// holdsInterface reports whether a value of rt may hold an interface that
// convert looks into.
func (tab *JSONTable) holdsInterface(rt reflect.Type) bool {
	if m, ok := tab.iface.Load(rt); ok {
		return m.(bool)
	}
	m := tab.interfaceIn(rt, map[reflect.Type]bool{})
	tab.iface.Store(rt, m)
	return m
}

func (tab *JSONTable) interfaceIn(rt reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[rt] {
		return false
	}
	seen[rt] = true
	switch rt.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return tab.interfaceIn(rt.Elem(), seen)
	case reflect.Struct:
		if !tab.rebuilt(rt, tab.types[rt]) {
			return false
		}
		for i := range rt.NumField() {
			if tab.interfaceIn(rt.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}

// interpValue returns the value that v, the interpreter's wrapper of a
// value of a script's type with methods held in an interface
// (interp.valueInterface, whose fields are unexported), holds; false for
// any other v. encoding/json sees no field of the wrapper.
func interpValue(v reflect.Value) (reflect.Value, bool) {
	rt := v.Type()
	if rt.Kind() != reflect.Struct || rt.Name() != "valueInterface" || rt.PkgPath() != "github.com/traefik/yaegi/interp" {
		return v, false
	}
	f, ok := rt.FieldByName("value")
	if !ok || f.Type != reflect.TypeFor[reflect.Value]() {
		return v, false
	}
	c := reflect.New(rt).Elem()
	c.Set(v)
	u := *(*reflect.Value)(unsafe.Pointer(c.Field(f.Index[0]).UnsafeAddr()))
	if !u.IsValid() || !u.CanInterface() {
		return v, false
	}
	if u.Kind() == reflect.Interface {
		if u.IsNil() {
			return v, false
		}
		u = u.Elem()
	}
	return reflect.ValueOf(u.Interface()), true
}
