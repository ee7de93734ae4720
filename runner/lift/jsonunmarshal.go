package lift

import (
	"encoding/json"
	"errors"
	"reflect"
	"sync"
)

// The interpreter hands json.Unmarshal a pointer to a script's value with
// UnmarshalJSON in a wrapper that is no pointer (json:
// Unmarshal(non-pointer gostd._encoding_json_Unmarshaler)), and one
// inside the target (a field, an element, a map's value or key) without
// its methods, so the decoder filled what the type holds. The rewrite of
// encoding calls (runner/rewrite) hands a decoding whose target's static
// type holds a type with UnmarshalJSON or UnmarshalText to
// JSONUnmarshalMethods or JSONDecodeMethods, with a description of the
// target's type in which each such type carries the script's functions
// that call its methods (JSONUnmarshalers). They decode into a copy of the
// target in which each such value is a compiled stand-in of the pools
// (jsonpool.go) whose method calls the script's on the value when the
// decoder gets there, in Go's order and with what Go hands it, and copy
// the result back into the target, into the memory Go's decoder fills
// (a pointer's value, a slice's array as far as it reaches, the map
// itself); the errors name the script's types as Go does.

// A jsonSlot is the script's type that one stand-in of a pool stands for.
type jsonSlot struct {
	name string        // as Go names it: main.Level
	f    reflect.Value // func(*T, []byte) error, which calls the method
	rt   reflect.Type  // the interpreter's T
}

var (
	jsonSlotsMu                         sync.Mutex
	jsonUnmarshalSlots, jsonTextSlots   [jsonSlots]*jsonSlot
	jsonUnmarshalTaken, jsonTextTaken   int
	jsonUnmarshalByName, jsonTextByName = map[string]int{}, map[string]int{}
)

// jsonUnmethods are the stand-ins of a type: its slot in each pool, plus
// one (0: none).
type jsonUnmethods struct{ json, text int }

// JSONUnmarshalers gives t, the description of a type the script
// declares, the script's functions that call its UnmarshalJSON and
// UnmarshalText methods (func(*T, []byte) error, nil for one it lacks),
// each taking a stand-in of its pool. It returns true, so that a
// package-level declaration can call it. The rewrite refuses a script
// with more such types than a pool holds.
func JSONUnmarshalers(t *Type, unmarshalJSON, unmarshalText any) bool {
	jsonSlotsMu.Lock()
	defer jsonSlotsMu.Unlock()
	m := &jsonUnmethods{}
	m.json = takeSlot(&jsonUnmarshalSlots, &jsonUnmarshalTaken, jsonUnmarshalByName, t.name, funcValue(unmarshalJSON))
	m.text = takeSlot(&jsonTextSlots, &jsonTextTaken, jsonTextByName, t.name, funcValue(unmarshalText))
	t.unmarshal = m
	return true
}

// takeSlot returns the slot, plus one, of the type named name in a pool,
// taking the next one the first time; 0 where f is no function, or the
// pool is full.
func takeSlot(slots *[jsonSlots]*jsonSlot, taken *int, byName map[string]int, name string, f reflect.Value) int {
	if !f.IsValid() {
		return 0
	}
	if i, ok := byName[name]; ok {
		return i + 1
	}
	if *taken == jsonSlots {
		return 0
	}
	i := *taken
	*taken++
	slots[i] = &jsonSlot{name: name, f: f, rt: f.Type().In(0).Elem()}
	byName[name] = i
	return i + 1
}

// call calls the script's method on a copy of *v (a zero value where nil)
// with b, and keeps in *v what the method left.
func (s *jsonSlot) call(v *any, b []byte) error {
	p := reflect.New(s.rt)
	if *v != nil {
		p.Elem().Set(convertTo(reflect.ValueOf(*v), s.rt))
	}
	out := s.f.Call([]reflect.Value{p, reflect.ValueOf(b)})
	*v = p.Elem().Interface()
	err, _ := out[0].Interface().(error)
	return err
}

// convertTo returns v as a value of rt, which it is or converts to.
func convertTo(v reflect.Value, rt reflect.Type) reflect.Value {
	if v.Type().AssignableTo(rt) {
		return v
	}
	return v.Convert(rt)
}

// JSONUnmarshalMethods is json.Unmarshal(data, target) as Go runs it,
// target of the static type t describes.
func JSONUnmarshalMethods(data []byte, target any, t *Type) error {
	return unmarshalMethods(target, t, func(m any) error { return json.Unmarshal(data, m) })
}

// JSONDecodeMethods is dec.Decode(target) as Go runs it, target of the
// static type t describes.
func JSONDecodeMethods(dec *json.Decoder, target any, t *Type) error {
	return unmarshalMethods(target, t, dec.Decode)
}

// unmarshalMethods decodes by decode into the mirror of target, and
// copies the result back.
func unmarshalMethods(target any, t *Type, decode func(any) error) error {
	v := reflect.ValueOf(target)
	if u, ok := interpValue(v); ok {
		v = u
	}
	if !v.IsValid() || v.Kind() != reflect.Pointer || t == nil {
		return decode(target)
	}
	mt := jsonInType(v.Type(), t, map[mirrorKey]bool{})
	if v.IsNil() {
		err := decode(reflect.Zero(mt).Interface())
		var ie *json.InvalidUnmarshalError
		if errors.As(err, &ie) && ie.Type != nil {
			ie.Type = namedType{ie.Type, t.name}
		}
		return err
	}
	m := jsonIn(v, t, mt)
	err := decode(m.Interface())
	jsonOut(v.Elem(), m.Elem(), t.elem)
	return jsonInError(err, target, t)
}

// jsonInNames names the types jsonInType makes, by Go's names of the
// types they stand for.
var jsonInNames sync.Map // reflect.Type -> string

// jsonIns caches the types jsonInType makes.
var jsonIns sync.Map // mirrorKey -> reflect.Type

// jsonInType returns the type of the mirror of a target of rt, of the
// static type t describes: a stand-in where the type has UnmarshalJSON or
// UnmarshalText, a map's key of the pool of UnmarshalText where its type
// has that, the unexported fields of the script's structs tagged
// `json:"-"`; rt where it holds none of those.
func jsonInType(rt reflect.Type, t *Type, seen map[mirrorKey]bool) reflect.Type {
	if t == nil {
		return rt
	}
	if u := t.unmarshal; u != nil && (u.json > 0 || u.text > 0) {
		if u.json > 0 {
			return jsonUnmarshalPool[u.json-1]
		}
		return jsonTextPool[u.text-1]
	}
	k := mirrorKey{rt, t}
	if m, ok := jsonIns.Load(k); ok {
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
		if e := jsonInType(rt.Elem(), t.elem, seen); e != rt.Elem() {
			m = reflect.PointerTo(e)
		}
	case reflect.Slice:
		if e := jsonInType(rt.Elem(), t.elem, seen); e != rt.Elem() {
			m = reflect.SliceOf(e)
		}
	case reflect.Array:
		if e := jsonInType(rt.Elem(), t.elem, seen); e != rt.Elem() {
			m = reflect.ArrayOf(rt.Len(), e)
		}
	case reflect.Map:
		key := rt.Key()
		if kt := t.key; kt != nil && kt.unmarshal != nil && kt.unmarshal.text > 0 {
			key = jsonTextPool[kt.unmarshal.text-1]
		}
		if e := jsonInType(rt.Elem(), t.elem, seen); e != rt.Elem() || key != rt.Key() {
			m = reflect.MapOf(key, e)
		}
	case reflect.Struct:
		if len(t.fields) != rt.NumField() {
			return rt
		}
		changed := false
		fs := make([]reflect.StructField, rt.NumField())
		for i := range fs {
			f := rt.Field(i)
			f.Type = jsonInType(f.Type, t.fields[i].t, seen)
			if !exported(t.fields[i].name) {
				f.Tag = `json:"-"`
			}
			changed = changed || f.Type != rt.Field(i).Type || f.Tag != rt.Field(i).Tag
			f.Index, f.Offset = nil, 0
			fs[i] = f
		}
		if changed {
			m = reflect.StructOf(fs)
		}
	}
	if m != rt && t.name != "" {
		jsonInNames.Store(m, t.name)
	}
	jsonIns.Store(k, m)
	return m
}

// jsonIn returns a copy of v, of the static type t describes, as a value
// of mt, its mirror type: a stand-in holds the value; a slice is copied
// as far as its capacity, which the decoder fills; a map starts empty,
// since the decoder makes each of its values anew.
func jsonIn(v reflect.Value, t *Type, mt reflect.Type) reflect.Value {
	if mt == v.Type() {
		return v
	}
	out := reflect.New(mt).Elem()
	if isStandIn(mt) {
		out.Field(0).Set(reflect.ValueOf(v.Interface()))
		return out
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			p := reflect.New(mt.Elem())
			p.Elem().Set(jsonIn(v.Elem(), t.elem, mt.Elem()))
			out.Set(p)
		}
	case reflect.Slice:
		if !v.IsNil() {
			out.Set(reflect.MakeSlice(mt, v.Len(), v.Cap()))
			all, vall := out.Slice(0, v.Cap()), v.Slice(0, v.Cap())
			for i := range v.Cap() {
				all.Index(i).Set(jsonIn(vall.Index(i), t.elem, mt.Elem()))
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			out.Index(i).Set(jsonIn(v.Index(i), t.elem, mt.Elem()))
		}
	case reflect.Map:
		if !v.IsNil() {
			out.Set(reflect.MakeMap(mt))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			out.Field(i).Set(jsonIn(v.Field(i), t.fields[i].t, mt.Field(i).Type))
		}
	}
	return out
}

// isStandIn reports whether rt is a stand-in of a pool.
func isStandIn(rt reflect.Type) bool {
	_, ok := standInName(rt)
	return ok
}

// standInName returns Go's name of the script's type that rt, a stand-in
// of a pool, stands for.
func standInName(rt reflect.Type) (string, bool) {
	for i := range jsonSlots {
		if rt == jsonUnmarshalPool[i] || rt == jsonTextPool[i] {
			slot := jsonUnmarshalSlots[i]
			if rt == jsonTextPool[i] {
				slot = jsonTextSlots[i]
			}
			if slot == nil {
				return "", false
			}
			return slot.name, true
		}
	}
	return "", false
}

// jsonOut copies m, the mirror of dst's value that the decoder filled,
// into dst, of the static type t describes: into the memory the decoder
// fills under Go (a pointer's value, a slice's array as far as its
// capacity reaches, the map itself).
func jsonOut(dst, m reflect.Value, t *Type) {
	if m.Type() == dst.Type() {
		dst.Set(m)
		return
	}
	if isStandIn(m.Type()) {
		if x := m.Field(0); x.IsNil() {
			dst.SetZero()
		} else {
			dst.Set(convertTo(x.Elem(), dst.Type()))
		}
		return
	}
	switch m.Kind() {
	case reflect.Pointer:
		if m.IsNil() {
			dst.SetZero()
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		jsonOut(dst.Elem(), m.Elem(), t.elem)
	case reflect.Slice:
		if m.IsNil() {
			dst.SetZero()
			return
		}
		n := m.Len()
		switch {
		case n > dst.Cap():
			// The decoder filled the array as far as it reached before it
			// grew the slice.
			all := dst.Slice(0, dst.Cap())
			for i := range dst.Cap() {
				jsonOut(all.Index(i), m.Index(i), t.elem)
			}
			dst.Set(jsonGrown(dst, n))
		case n == 0 && m.Cap() == 0:
			// An empty array: the decoder made the slice anew.
			dst.Set(reflect.MakeSlice(dst.Type(), 0, 0))
		default:
			dst.Set(dst.Slice(0, n))
		}
		for i := range n {
			jsonOut(dst.Index(i), m.Index(i), t.elem)
		}
	case reflect.Array:
		for i := range m.Len() {
			jsonOut(dst.Index(i), m.Index(i), t.elem)
		}
	case reflect.Map:
		if m.IsNil() {
			dst.SetZero()
			return
		}
		if dst.IsNil() {
			dst.Set(reflect.MakeMapWithSize(dst.Type(), m.Len()))
		}
		kt, et := dst.Type().Key(), dst.Type().Elem()
		for it := m.MapRange(); it.Next(); {
			k := it.Key()
			if k.Type() != kt {
				k = convertTo(k.Field(0).Elem(), kt)
			}
			e := reflect.New(et).Elem()
			jsonOut(e, it.Value(), t.elem)
			dst.SetMapIndex(k, e)
		}
	case reflect.Struct:
		for i := range m.NumField() {
			jsonOut(dst.Field(i), m.Field(i), t.fields[i].t)
		}
	}
}

// jsonInError returns err, of a decoding into the mirror of target, as
// Go's decoder says it: the types of a *json.UnmarshalTypeError named as
// Go names the script's types, and its struct as JSONError names it.
func jsonInError(err error, target any, t *Type) error {
	var e *json.UnmarshalTypeError
	if !errors.As(err, &e) || e.Type == nil {
		return err
	}
	rt, ptr := e.Type, ""
	if rt.Kind() == reflect.Pointer && isStandIn(rt.Elem()) {
		rt, ptr = rt.Elem(), "*"
	}
	if name, ok := standInName(rt); ok {
		e.Type = namedType{e.Type, ptr + name}
	} else if name, ok := jsonInNames.Load(e.Type); ok {
		e.Type = namedType{e.Type, name.(string)}
	}
	return JSONError(err, target, t)
}
