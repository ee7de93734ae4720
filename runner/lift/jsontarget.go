package lift

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"
	"unsafe"
)

// The decoder fills the fields of the interpreter's struct types, in which
// a script's unexported field is an exported one (Xname): Go's leaves it
// alone. A target's static type may say so (var t T; &t), or not: a
// pointer to a script's struct held in an interface (var v any = &T{}, or
// the element of a []any, or what a *any points to), into which
// encoding/json decodes too. The rewrite of encoding calls (runner/rewrite)
// hands each decoding whose target may hold such a struct to
// JSONUnmarshal or JSONDecode, which decode into the same memory seen
// through types whose unexported fields are tagged `json:"-"` and whose
// embedded structs are embedded (the same layout, so the decoder fills the
// script's variables themselves), and give the error the names Go gives
// it.

// JSONUnmarshal is json.Unmarshal(data, target) as Go runs it, target of
// the static type t describes; tab, where that type holds an interface,
// finds the script's struct types in it.
func JSONUnmarshal(data []byte, target any, t *Type, tab *JSONTable) error {
	d := jsonInto(target, t, tab)
	d.data = data
	err := json.Unmarshal(data, d.target)
	d.undo()
	return d.error(err)
}

// JSONDecode is dec.Decode(target) as Go runs it (see JSONUnmarshal).
// Where the target holds interfaces of the script's values, the value's
// input is kept, to name the struct of a field in an error (see
// decodeKept).
func JSONDecode(dec *json.Decoder, target any, t *Type, tab *JSONTable) error {
	if dec == nil {
		return dec.Decode(target) // Go's nil dereference, before the target is touched
	}
	d := jsonInto(target, t, tab)
	var err error
	if d.swapped != nil {
		d.data, err = decodeKept(dec, d.target)
	} else {
		err = dec.Decode(d.target)
	}
	d.undo()
	return d.error(err)
}

// A jsonDecoding is one decoding: the target handed to encoding/json, and
// the interfaces in the script's values whose pointers it retyped, to put
// back once the decoder is done.
type jsonDecoding struct {
	orig, target any
	v            reflect.Value // the target, unwrapped
	t            *Type
	tab          *JSONTable
	swapped      map[unsafe.Pointer]reflect.Value // by the pointer: what the interface held
	seen         map[unsafe.Pointer]bool
	data         []byte // the input, where it is at hand (Unmarshal's)
}

// jsonHidden caches the retyped types, by the interpreter's type and the
// script's description of it.
var jsonHidden sync.Map // mirrorKey -> reflect.Type

// jsonPointers holds the description of a pointer to each of the
// script's struct types, made once so that jsonHidden finds it again.
var jsonPointers sync.Map // *Type -> *Type

// jsonOriginal maps each retyped struct type back to the interpreter's.
var jsonOriginal sync.Map // reflect.Type -> reflect.Type

func jsonInto(target any, t *Type, tab *JSONTable) *jsonDecoding {
	d := &jsonDecoding{orig: target, target: target, t: t, tab: tab}
	v := reflect.ValueOf(target)
	if u, ok := interpValue(v); ok {
		v = u
		d.target = u.Interface()
	}
	if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() {
		return d
	}
	d.v = v
	if d.t == nil {
		d.t = d.pointerType(v.Type())
	}
	if rt := hiddenTypeOf(v.Type(), d.t, tab); rt != v.Type() {
		d.target = reflect.NewAt(rt.Elem(), v.UnsafePointer()).Interface()
	}
	if tab != nil && tab.holdsInterface(v.Type()) {
		d.swapped, d.seen = map[unsafe.Pointer]reflect.Value{}, map[unsafe.Pointer]bool{}
		d.walk(v.Elem(), 0, d.swap)
	}
	return d
}

// pointerType returns the description of rt, a pointer to a script's
// struct type in the table, or nil.
func (d *jsonDecoding) pointerType(rt reflect.Type) *Type {
	if d.tab == nil || rt.Kind() != reflect.Pointer {
		return nil
	}
	e := d.tab.types[rt.Elem()]
	if e == nil {
		return nil
	}
	p, _ := jsonPointers.LoadOrStore(e, &Type{name: "*" + e.name, elem: e})
	return p.(*Type)
}

// hiddenTypeOf is hiddenType, from the cache where it made the type before.
func hiddenTypeOf(rt reflect.Type, t *Type, tab *JSONTable) reflect.Type {
	if t != nil {
		if m, ok := jsonHidden.Load(mirrorKey{rt, t}); ok {
			return m.(reflect.Type)
		}
	}
	return hiddenType(rt, t, tab, map[mirrorKey]bool{})
}

// hiddenType returns rt, of the static type t describes, with the
// unexported fields of the script's struct types in it tagged `json:"-"`
// and their embedded structs embedded: rt itself where there are none.
func hiddenType(rt reflect.Type, t *Type, tab *JSONTable, seen map[mirrorKey]bool) reflect.Type {
	if t == nil && tab != nil {
		t = tab.types[rt]
	}
	if t == nil {
		return rt
	}
	k := mirrorKey{rt, t}
	if m, ok := jsonHidden.Load(k); ok {
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
		if e := hiddenType(rt.Elem(), t.elem, tab, seen); e != rt.Elem() {
			m = reflect.PointerTo(e)
		}
	case reflect.Slice:
		if e := hiddenType(rt.Elem(), t.elem, tab, seen); e != rt.Elem() {
			m = reflect.SliceOf(e)
		}
	case reflect.Array:
		if e := hiddenType(rt.Elem(), t.elem, tab, seen); e != rt.Elem() {
			m = reflect.ArrayOf(rt.Len(), e)
		}
	case reflect.Map:
		if e := hiddenType(rt.Elem(), t.elem, tab, seen); e != rt.Elem() {
			m = reflect.MapOf(rt.Key(), e)
		}
	case reflect.Struct:
		if len(t.fields) != rt.NumField() {
			break
		}
		changed := false
		fs := make([]reflect.StructField, rt.NumField())
		for i := range fs {
			f := rt.Field(i)
			fd := t.fields[i]
			embeds := fd.embedded && derefKind(f.Type) == reflect.Struct
			switch {
			case !exported(fd.name) && !embeds:
				f.Tag, changed = `json:"-"`, true
			default:
				if ft := hiddenType(f.Type, fd.t, tab, seen); ft != f.Type {
					f.Type, changed = ft, true
				}
				if embeds && !f.Anonymous {
					f.Anonymous, changed = true, true
				}
			}
			f.Index, f.Offset = nil, 0
			fs[i] = f
		}
		if changed {
			m = reflect.StructOf(fs)
		}
	}
	if m != rt {
		jsonOriginal.Store(m, rt)
	}
	jsonHidden.Store(k, m)
	return m
}

// walk calls at for each settable interface in v that holds a pointer,
// wrapped by the interpreter or not, looking through pointers, slices,
// arrays and structs as the decoder does into the values it fills.
func (d *jsonDecoding) walk(v reflect.Value, depth int, at func(reflect.Value)) {
	if depth > maxJSONDepth {
		return
	}
	depth++
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		if v.CanSet() {
			at(v)
		}
		e := v.Elem()
		if u, ok := interpValue(e); ok {
			e = u
		}
		d.walk(e, depth, at)
	case reflect.Pointer:
		if v.IsNil() || d.seen[v.UnsafePointer()] {
			return
		}
		d.seen[v.UnsafePointer()] = true
		d.walk(v.Elem(), depth, at)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			d.walk(v.Index(i), depth, at)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			d.walk(v.Field(i), depth, at)
		}
	}
}

// swap puts into the interface v, in place of a pointer to a script's
// struct, the same pointer retyped for the decoder, or unwrapped.
func (d *jsonDecoding) swap(v reflect.Value) {
	e := v.Elem()
	wrapped := false
	if u, ok := interpValue(e); ok {
		e, wrapped = u, true
	}
	if e.Kind() != reflect.Pointer || e.IsNil() {
		return
	}
	out := e
	if rt := hiddenTypeOf(e.Type(), d.pointerType(e.Type()), d.tab); rt != e.Type() {
		out = reflect.NewAt(rt.Elem(), e.UnsafePointer())
	} else if !wrapped {
		return
	}
	d.swapped[e.UnsafePointer()] = v.Elem()
	v.Set(out)
}

// undo puts back what swap replaced, wherever the decoder left it.
func (d *jsonDecoding) undo() {
	if len(d.swapped) == 0 {
		return
	}
	d.seen = map[unsafe.Pointer]bool{}
	d.walk(d.v.Elem(), 0, func(v reflect.Value) {
		e := v.Elem()
		if e.Kind() != reflect.Pointer || e.IsNil() {
			return
		}
		if orig, ok := d.swapped[e.UnsafePointer()]; ok && e.Type() != orig.Type() {
			v.Set(orig)
		}
	})
}

// error returns err with the struct type and field type that Go names.
func (d *jsonDecoding) error(err error) error {
	var ie *json.InvalidUnmarshalError
	if d.t != nil && errors.As(err, &ie) && ie.Type != nil {
		// A target that is no pointer, or a nil one, of a static type
		// that holds a script's type (json.Unmarshal(data, m), m a Msg):
		// named as Go names it.
		if d.t.name != "" {
			ie.Type = namedType{ie.Type, d.t.name}
		}
		return err
	}
	if d.t == nil && errors.As(err, &ie) && ie.Type != nil {
		// A target that is no pointer, or a nil one, of a script's struct
		// that an interface held: named as Go names it.
		if t := d.tab.typeFor(ie.Type); t != nil && t.name != "" {
			ie.Type = namedType{ie.Type, t.name}
		} else if ie.Type.Kind() == reflect.Pointer {
			if t := d.tab.typeFor(ie.Type.Elem()); t != nil && t.name != "" {
				ie.Type = namedType{ie.Type, "*" + t.name}
			}
		}
		return err
	}
	var e *json.UnmarshalTypeError
	if err == nil || !d.v.IsValid() || !errors.As(err, &e) {
		return err
	}
	if o, ok := jsonOriginal.Load(e.Type); ok {
		e.Type = o.(reflect.Type)
	}
	if e.Struct == "" && e.Field != "" && d.tab != nil {
		e.Struct = d.structAt(e.Field)
		if e.Struct == "" {
			e.Struct = d.structThrough(e)
		}
	}
	if d.t == nil {
		if t := d.tab.typeFor(e.Type); t != nil && t.name != "" {
			msg := strings.Replace(e.Error(), "of type "+e.Type.String(), "of type "+t.name, 1)
			e.Type = namedType{e.Type, t.name} // printed, as Go names it
			return &typeError{e, msg}
		}
		return err
	}
	return JSONError(err, d.v.Interface(), d.t)
}

// structThrough returns the name of the script's struct type that holds
// the last field of e's path where the path passes through a slice, an
// array or a map, which the path does not say: found by e's place in the
// input where it is at hand, or else as the one struct type there.
func (d *jsonDecoding) structThrough(e *json.UnmarshalTypeError) string {
	path := strings.Split(e.Field, ".")
	if d.data != nil {
		if name := jsonStructAt(d.v, jsonStepsTo(d.data, e.Offset), len(path), d.tab); name != "" {
			return name
		}
	}
	return jsonStructsAt(d.v, path, d.tab)
}

// typeFor returns the description of a script's struct type in tab, or of
// a pointer to one, or nil.
func (tab *JSONTable) typeFor(rt reflect.Type) *Type {
	if tab == nil || rt == nil {
		return nil
	}
	return tab.types[rt]
}

// structAt returns the name of the script's struct type that holds the
// last field of path (Data.N) in the decoded value, following the
// interfaces in it, or "".
func (d *jsonDecoding) structAt(path string) string {
	v := d.v
	name := ""
	for _, f := range strings.Split(path, ".") {
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			if v.IsNil() {
				return ""
			}
			v = v.Elem()
			if u, ok := interpValue(v); ok {
				v = u
			}
		}
		if v.Kind() != reflect.Struct {
			return ""
		}
		name = ""
		if t := d.tab.types[v.Type()]; t != nil {
			name = typeNameOf(v.Type(), t)
		}
		k := jsonField(v.Type(), f)
		if k < 0 {
			return ""
		}
		v = v.Field(k)
	}
	return name
}
