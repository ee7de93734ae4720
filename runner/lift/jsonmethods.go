package lift

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// The interpreter hands encoding/json a script's value in its own runtime
// form, in which the script's types have no methods: the encoder never
// calls the MarshalJSON or MarshalText of a type the script declares in a
// field, an element, a map's value or key, nor of the value itself but
// through json.Marshal, where the interpreter's wrapper of it calls a
// MarshalJSON whatever its receiver. The rewrite of encoding calls
// (runner/rewrite) hands a value whose static type holds such a type to
// JSONMarshal, JSONMarshalIndent or JSONEncode with a description of that
// type, in which each such type carries the script's functions that call
// its methods (JSONMethods). They hand encoding/json a mirror of the value:
// where Go's encoder would call a method (by its rules: a pointer
// receiver's where the value is addressable), the mirror holds a compiled
// value whose method calls the script's when the encoder gets there, so
// the calls come in Go's order, with Go's handling of what they return;
// elsewhere it holds the value, with the unexported fields of the script's
// struct types left out (see JSON). Where the static type holds an
// interface, the rewrite hands them the file's JSONTable too, with the
// script's types with those methods (JSONTableMethods), by which they
// find such a value in an interface by the type the interpreter keeps
// beside it (held), and copy the rest as JSONAny does. The errors name
// the script's types as Go does.

// jsonMethods are the script's functions that call the MarshalJSON and
// MarshalText methods of one of its types: func(T) ([]byte, error), or
// func(*T) where the method has a pointer receiver.
type jsonMethods struct {
	json, text       reflect.Value
	jsonPtr, textPtr bool
	plain            *Type // the type's description without them, made once
	once             sync.Once
	ptr              *Type // of a pointer to the type, made once
	ptrOnce          sync.Once
}

// JSONMethods gives t, the description of a type the script declares, the
// script's functions that call its MarshalJSON and MarshalText methods
// (nil for one it lacks). It returns true, so that a package-level
// declaration can call it.
func JSONMethods(t *Type, marshalJSON, marshalText any) bool {
	m := &jsonMethods{json: funcValue(marshalJSON), text: funcValue(marshalText)}
	m.jsonPtr = m.json.IsValid() && m.json.Type().In(0).Kind() == reflect.Pointer
	m.textPtr = m.text.IsValid() && m.text.Type().In(0).Kind() == reflect.Pointer
	t.marshal = m
	return true
}

// plainOf returns t without its methods: what Go encodes where it calls
// none of them.
func plainOf(t *Type) *Type {
	m := t.marshal
	m.once.Do(func() {
		p := *t
		p.marshal = nil
		m.plain = &p
	})
	return m.plain
}

// JSONMarshal is json.Marshal(x) as Go runs it, x of the static type t
// describes; tab, where that type holds an interface, finds the script's
// types in it (see JSONTableMethods).
func JSONMarshal(x any, t *Type, tab *JSONTable) ([]byte, error) {
	c := &jsonEncoding{}
	m, err := c.mirror(x, t, tab)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(m)
	return b, c.error(err)
}

// JSONMarshalIndent is json.MarshalIndent(x, prefix, indent) as Go runs
// it, x of the static type t describes.
func JSONMarshalIndent(x any, prefix, indent string, t *Type, tab *JSONTable) ([]byte, error) {
	c := &jsonEncoding{}
	m, err := c.mirror(x, t, tab)
	if err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(m, prefix, indent)
	return b, c.error(err)
}

// JSONEncode is enc.Encode(x) as Go runs it, x of the static type t
// describes.
func JSONEncode(enc *json.Encoder, x any, t *Type, tab *JSONTable) error {
	if enc == nil {
		return enc.Encode(x) // Go's nil dereference, before any method of x runs
	}
	c := &jsonEncoding{}
	m, err := c.mirror(x, t, tab)
	if err != nil {
		return err
	}
	return c.error(enc.Encode(m))
}

// A jsonEncoding is one encoding: what its methods' calls left for its
// error to name.
type jsonEncoding struct {
	last   string // Go's name of the type whose method was called last
	keyMap string // Go's name of the map whose key's MarshalText failed
	keyErr error  // and its error
	depth  int    // of pointers followed
}

// jsonCycleDepth is how deep a mirror follows pointers before it takes
// the value for a cycle, which encoding/json refuses.
const jsonCycleDepth = 1000

// mirror returns x, of the static type t describes, as the value to hand
// encoding/json (see the comment at the top).
func (c *jsonEncoding) mirror(x any, t *Type, tab *JSONTable) (any, error) {
	v := reflect.ValueOf(x)
	if !v.IsValid() || t == nil && tab == nil {
		return x, nil
	}
	if tab != nil {
		if s, ok := c.held(v, tab, 0); ok {
			return s.Interface(), nil
		}
		if u, ok := interpValue(v); ok {
			v = u
		}
		out, _ := tab.convertWith(v, t, 0, c)
		return out.Interface(), nil
	}
	if u, ok := interpValue(v); ok {
		v = u
	} else if isWrapper(v.Type()) {
		v = v.Field(0).Elem()
	}
	var out reflect.Value
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				e, ok := r.(jsonCycle)
				if !ok {
					panic(r)
				}
				err = e.err
			}
		}()
		out = c.value(v, t, jsonMirrorType(v.Type(), t, map[mirrorKey]bool{}))
		return nil
	}()
	if err != nil {
		return nil, err
	}
	if !out.IsValid() {
		return nil, nil
	}
	return out.Interface(), nil
}

// jsonCycle is the panic by which a mirror gives up on a value that holds
// itself through pointers, with encoding/json's error for it.
type jsonCycle struct{ err error }

// error returns err, of encoding the mirror, as Go's encoder says it: the
// type of a method that failed named as Go names it.
func (c *jsonEncoding) error(err error) error {
	if err == nil {
		return nil
	}
	var me *json.MarshalerError
	if errors.As(err, &me) && me.Type != nil && (me.Type == jsonSpotType || me.Type == jsonTextSpotType) {
		me.Type = namedType{me.Type, c.last}
		return err
	}
	if c.keyErr != nil && strings.HasPrefix(err.Error(), "json: encoding error for type ") {
		return fmt.Errorf("json: encoding error for type %q: %q", c.keyMap, c.keyErr.Error())
	}
	return err
}

var (
	anyType          = reflect.TypeFor[any]()
	jsonSpotType     = reflect.TypeFor[jsonSpot]()
	jsonTextSpotType = reflect.TypeFor[jsonTextSpot]()
	jsonKeyType      = reflect.TypeFor[jsonKey]()
)

// jsonMirrors caches the mirror types, by the interpreter's type and the
// script's description of it.
var jsonMirrors sync.Map // mirrorKey -> reflect.Type

// jsonMethodsAt reports whether a value of t, the description of its
// static type, is one whose methods Go's encoder may call: a type with
// them, or a pointer to one.
func jsonMethodsAt(rt reflect.Type, t *Type) bool {
	if t == nil {
		return false
	}
	if t.marshal != nil {
		return true
	}
	return rt.Kind() == reflect.Pointer && t.elem != nil && t.elem.marshal != nil
}

// jsonMirrorType returns the type of the mirror of a value of rt, of the
// static type t describes: an interface where Go's encoder may call a
// method, or where the type holds itself (the mirror of each value is made
// as it comes); rt's form elsewhere, with the unexported fields of the
// script's struct types left out and a map's keys with MarshalText made
// jsonKey.
func jsonMirrorType(rt reflect.Type, t *Type, seen map[mirrorKey]bool) reflect.Type {
	if t == nil {
		return rt
	}
	if jsonMethodsAt(rt, t) {
		return anyType
	}
	k := mirrorKey{rt, t}
	if m, ok := jsonMirrors.Load(k); ok {
		return m.(reflect.Type)
	}
	if seen[k] {
		return anyType
	}
	seen[k] = true
	defer delete(seen, k)
	var m reflect.Type
	switch rt.Kind() {
	case reflect.Pointer:
		m = reflect.PointerTo(jsonMirrorType(rt.Elem(), t.elem, seen))
	case reflect.Slice:
		m = reflect.SliceOf(jsonMirrorType(rt.Elem(), t.elem, seen))
	case reflect.Array:
		m = reflect.ArrayOf(rt.Len(), jsonMirrorType(rt.Elem(), t.elem, seen))
	case reflect.Map:
		key := rt.Key()
		if textKey(key, t.key) {
			key = jsonKeyType
		}
		m = reflect.MapOf(key, jsonMirrorType(rt.Elem(), t.elem, seen))
	case reflect.Struct:
		if len(t.fields) != rt.NumField() {
			return rt
		}
		m = mirrorStruct(rt, t, func(ft reflect.Type, fd *Type) reflect.Type { return jsonMirrorType(ft, fd, seen) })
	default:
		return rt
	}
	jsonMirrors.Store(k, m)
	return m
}

// textKey reports whether Go's encoder calls the MarshalText method of a
// map's key of rt, of the static type t describes: one of the value's
// method set, where the key is not a string, which Go writes as it is.
func textKey(rt reflect.Type, t *Type) bool {
	return t != nil && t.marshal != nil && t.marshal.text.IsValid() && !t.marshal.textPtr && rt.Kind() != reflect.String
}

// value returns the mirror of v, of the static type t describes, as a
// value of mt, its mirror type.
func (c *jsonEncoding) value(v reflect.Value, t *Type, mt reflect.Type) reflect.Value {
	if mt == v.Type() {
		return v
	}
	out := reflect.New(mt).Elem()
	if mt.Kind() == reflect.Interface && v.Kind() != reflect.Interface {
		if x := c.dynamic(v, t); x.IsValid() {
			out.Set(x)
		}
		return out
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			if c.depth++; c.depth > jsonCycleDepth {
				panic(jsonCycle{&json.UnsupportedValueError{Value: v, Str: "encountered a cycle via " + nameOf(v.Type(), t)}})
			}
			p := reflect.New(mt.Elem())
			p.Elem().Set(c.value(v.Elem(), t.elem, mt.Elem()))
			out.Set(p)
			c.depth--
		}
	case reflect.Slice:
		if !v.IsNil() {
			out.Set(reflect.MakeSlice(mt, v.Len(), v.Len()))
			for i := range v.Len() {
				out.Index(i).Set(c.value(v.Index(i), t.elem, mt.Elem()))
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			out.Index(i).Set(c.value(v.Index(i), t.elem, mt.Elem()))
		}
	case reflect.Map:
		if !v.IsNil() {
			out.Set(reflect.MakeMapWithSize(mt, v.Len()))
			var km *jsonKeyMethod
			if mt.Key() == jsonKeyType {
				km = &jsonKeyMethod{c: c, f: t.key.marshal.text, name: t.key.name, mapName: nameOf(v.Type(), t)}
			}
			for it := v.MapRange(); it.Next(); {
				k := it.Key()
				if km != nil {
					k = reflect.ValueOf(jsonKey{it.Key().Interface(), km})
				}
				out.SetMapIndex(k, c.value(it.Value(), t.elem, mt.Elem()))
			}
		}
	case reflect.Struct:
		j := 0
		for i := range v.NumField() {
			if !t.fields[i].embedded && !exported(t.fields[i].name) {
				continue
			}
			f, fv := mt.Field(j), v.Field(i)
			if f.Type.Kind() != reflect.Interface || fv.Kind() == reflect.Interface || !omitted(f.Tag, fv) {
				out.Field(j).Set(c.value(fv, t.fields[i].t, f.Type))
			}
			j++
		}
	}
	return out
}

// omitted reports whether Go's encoder leaves out a field of this tag
// holding v, where its mirror is an interface (which it would leave out
// where nil alone): omitempty of an empty value, omitzero of a zero one.
func omitted(tag reflect.StructTag, v reflect.Value) bool {
	_, opts, _ := strings.Cut(tag.Get("json"), ",")
	for o := range strings.SplitSeq(opts, ",") {
		switch {
		case o == "omitempty" && emptyValue(v), o == "omitzero" && v.IsZero():
			return true
		}
	}
	return false
}

// emptyValue is what omitempty omits: false, 0, a nil pointer or
// interface, an empty array, slice, map or string.
func emptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// dynamic returns what an interface of the mirror holds for v, of the
// static type t describes (the invalid Value for nil): a jsonSpot or
// jsonTextSpot where Go's encoder calls a method of v, by its rules, or
// the mirror of v in a type made for it.
func (c *jsonEncoding) dynamic(v reflect.Value, t *Type) reflect.Value {
	if jsonMethodsAt(v.Type(), t) {
		if s, ok := c.spot(v, t); ok {
			if s.Kind() == reflect.Interface {
				return reflect.Value{} // a nil pointer
			}
			return s
		}
		t = plainOf(t)
	}
	return c.value(v, t, jsonMirrorType(v.Type(), t, map[mirrorKey]bool{}))
}

// spot returns what an interface of the mirror holds for v, of the
// static type t at which Go's encoder may call a method (jsonMethodsAt):
// a jsonSpot or jsonTextSpot where it calls one, by Go's rules (a nil
// any for a nil pointer); false where it encodes the value as it is (a
// pointer receiver's method, and v not addressable).
func (c *jsonEncoding) spot(v reflect.Value, t *Type) (reflect.Value, bool) {
	if m := t.marshal; m != nil {
		addr := v.CanAddr()
		switch {
		case m.json.IsValid() && (addr || !m.jsonPtr):
			return reflect.ValueOf(jsonSpot{c, receiver(v, m.jsonPtr), m.json, t.name}), true
		case m.text.IsValid() && (addr || !m.textPtr):
			return reflect.ValueOf(jsonTextSpot{c, receiver(v, m.textPtr), m.text, t.name}), true
		}
		return reflect.Value{}, false
	}
	if v.IsNil() {
		return reflect.Zero(anyType), true
	}
	if m := t.elem.marshal; m.json.IsValid() {
		return reflect.ValueOf(jsonSpot{c, receiver(v.Elem(), m.jsonPtr), m.json, t.name}), true
	} else {
		return reflect.ValueOf(jsonTextSpot{c, receiver(v.Elem(), m.textPtr), m.text, t.name}), true
	}
}

// held returns what an interface of the mirror holds for e, what an
// interface of the script's value holds, where the interpreter keeps
// beside it that its type is one of the script's with MarshalJSON or
// MarshalText that tab knows (see JSONTableMethods), or a pointer to one:
// Go's encoder meets it not addressable.
func (c *jsonEncoding) held(e reflect.Value, tab *JSONTable, depth int) (reflect.Value, bool) {
	name, ptr, ok := interpTypeName(e)
	if !ok || tab.methods == nil {
		return reflect.Value{}, false
	}
	t := tab.methods[name]
	if t == nil {
		return reflect.Value{}, false
	}
	u, ok := interpValue(e)
	if !ok || ptr != (u.Kind() == reflect.Pointer) {
		return reflect.Value{}, false
	}
	if ptr {
		t = pointerTo(t)
	}
	if s, ok := c.spot(u, t); ok {
		return s, true
	}
	out, _ := tab.convertWith(u, plainOf(t), depth, c)
	return out, true
}

// pointerTo returns the description of a pointer to t, a type with
// MarshalJSON or MarshalText, made once.
func pointerTo(t *Type) *Type {
	m := t.marshal
	m.ptrOnce.Do(func() { m.ptr = &Type{name: "*" + t.name, elem: t} })
	return m.ptr
}

// interpTypeName returns Go's name of the type that the interpreter keeps
// beside e, its value of an interface (main.Level), and whether that is a
// pointer to it; false where e is no such value. The interpreter's
// valueInterface holds the node of the value's type, whose type has the
// name and package path (and, for a pointer, the type it points to).
func interpTypeName(e reflect.Value) (string, bool, bool) {
	rt := e.Type()
	if rt.Kind() != reflect.Struct || rt.Name() != "valueInterface" || rt.PkgPath() != "github.com/traefik/yaegi/interp" {
		return "", false, false
	}
	typ := fieldPath(e, "node", "typ")
	if !typ.IsValid() {
		return "", false, false
	}
	name, path := typ.FieldByName("name"), typ.FieldByName("path")
	if !name.IsValid() || !path.IsValid() || name.Kind() != reflect.String || path.Kind() != reflect.String {
		return "", false, false
	}
	if name.String() != "" {
		return path.String() + "." + name.String(), false, true
	}
	val := fieldPath(typ, "val")
	if !val.IsValid() {
		return "", false, false
	}
	name, path = val.FieldByName("name"), val.FieldByName("path")
	if !name.IsValid() || !path.IsValid() || name.Kind() != reflect.String || path.Kind() != reflect.String || name.String() == "" {
		return "", false, false
	}
	return path.String() + "." + name.String(), true, true
}

// fieldPath follows the pointer fields names of v's structs to the struct
// the last points to; the invalid Value where one is missing or nil.
func fieldPath(v reflect.Value, names ...string) reflect.Value {
	for _, n := range names {
		if v.Kind() != reflect.Struct {
			return reflect.Value{}
		}
		v = v.FieldByName(n)
		if !v.IsValid() || v.Kind() != reflect.Pointer || v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

// JSONTableMethods adds to tab the script's types with MarshalJSON or
// MarshalText (their descriptions, with JSONMethods), by which
// JSONMarshal finds them in the interfaces of a value. It returns true,
// so that a package-level declaration can call it.
func JSONTableMethods(tab *JSONTable, ts ...*Type) bool {
	tab.methods = map[string]*Type{}
	for _, t := range ts {
		tab.methods[t.name] = t
	}
	return true
}

// JSONTableHolders adds to tab the script's struct types that hold a type
// with MarshalJSON or MarshalText (a field of one, a slice of them), each
// given as a nil slice of it as JSONTypes takes them, with its
// description, in which those types carry their methods (JSONMethods):
// the interpreter hands compiled code such a value held in an interface
// bare, in its runtime form, where JSONMarshal finds it by that form and
// so calls the methods inside it. It returns true, so that a
// package-level declaration can call it.
func JSONTableHolders(tab *JSONTable, slices []any, ts ...*Type) bool {
	for i, s := range slices {
		if rt := reflect.TypeOf(s); i < len(ts) && rt != nil && rt.Kind() == reflect.Slice {
			tab.types[rt.Elem()] = ts[i]
		}
	}
	return true
}

// receiver returns v, or its address for a method with a pointer
// receiver.
func receiver(v reflect.Value, ptr bool) reflect.Value {
	if ptr {
		return v.Addr()
	}
	return v
}

// nameOf returns Go's name of rt, of the static type t describes.
func nameOf(rt reflect.Type, t *Type) string {
	if t != nil && t.name != "" {
		return t.name
	}
	return rt.String()
}

// jsonSpot stands in a mirror where Go's encoder calls the MarshalJSON of
// the script's value: its own calls the script's.
type jsonSpot struct {
	c    *jsonEncoding
	v, f reflect.Value
	name string
}

// MarshalJSON calls the script's MarshalJSON.
func (s jsonSpot) MarshalJSON() ([]byte, error) {
	s.c.last = s.name
	return callMarshal(s.f, s.v)
}

// jsonTextSpot stands in a mirror where Go's encoder calls the
// MarshalText of the script's value: its own calls the script's.
type jsonTextSpot struct {
	c    *jsonEncoding
	v, f reflect.Value
	name string
}

// MarshalText calls the script's MarshalText.
func (s jsonTextSpot) MarshalText() ([]byte, error) {
	s.c.last = s.name
	return callMarshal(s.f, s.v)
}

// jsonKey stands for a map's key whose MarshalText Go's encoder calls.
type jsonKey struct {
	k any
	m *jsonKeyMethod
}

// jsonKeyMethod is what the keys of one map share: the script's
// MarshalText of their type, and the names of the type and the map.
type jsonKeyMethod struct {
	c             *jsonEncoding
	f             reflect.Value
	name, mapName string
}

// MarshalText calls the script's MarshalText, and keeps its error for the
// encoding's, which names the map.
func (k jsonKey) MarshalText() ([]byte, error) {
	b, err := callMarshal(k.m.f, reflect.ValueOf(k.k))
	if err != nil {
		k.m.c.keyMap, k.m.c.keyErr = k.m.mapName, err
	}
	return b, err
}

// callMarshal calls f, the script's function that calls a method of v,
// and returns what the method returns.
func callMarshal(f, v reflect.Value) ([]byte, error) {
	in := f.Type().In(0)
	if !v.Type().AssignableTo(in) {
		v = v.Convert(in)
	}
	out := f.Call([]reflect.Value{v})
	b, _ := out[0].Interface().([]byte)
	err, _ := out[1].Interface().(error)
	return b, err
}
