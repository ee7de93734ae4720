package lift

import (
	"reflect"
	"sync"
)

// A value of a script's struct type held in an interface (an any, an
// element of a []any or map[string]any, a field of type any) reaches
// encoding/json as the interpreter's struct type, whose unexported fields
// are exported (Xname) and whose embedded fields are plain ones; the
// rewrite cannot see it from the static type. It hands such a value to
// JSONAny with a table of the script's struct types (JSONTypes), and
// JSONAny looks up each value it finds in an interface by its runtime
// type.

// A JSONTable maps the interpreter's runtime types of a script's struct
// types to their descriptions.
type JSONTable struct {
	types map[reflect.Type]*Type
	holds sync.Map // reflect.Type -> bool: whether it may hold one
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
	if t == nil {
		t = tab.types[v.Type()]
	}
	out, changed := tab.convert(v, t, 0)
	if !changed {
		return x
	}
	return out.Interface()
}

// convert returns v, of the static type t describes, with the script's
// struct values in it converted as JSON converts them, and whether it
// made a copy.
func (tab *JSONTable) convert(v reflect.Value, t *Type, depth int) (reflect.Value, bool) {
	if t == nil {
		t = tab.types[v.Type()]
	}
	if depth > maxJSONDepth || (t == nil && !tab.mayHold(v.Type())) {
		return v, false
	}
	depth++
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v, false
		}
		e := v.Elem()
		return tab.convert(e, tab.types[e.Type()], depth)
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(reflect.PointerTo(tab.elemType(v.Type().Elem(), elemOf(t)))), true
		}
		e, changed := tab.convert(v.Elem(), elemOf(t), depth)
		if !changed && e.Type() == v.Type().Elem() {
			return v, false
		}
		p := reflect.New(e.Type())
		p.Elem().Set(e)
		return p, true
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return reflect.Zero(reflect.SliceOf(tab.elemType(v.Type().Elem(), elemOf(t)))), true
		}
		es := make([]reflect.Value, v.Len())
		changed := false
		for i := range es {
			var c bool
			es[i], c = tab.convert(v.Index(i), elemOf(t), depth)
			changed = changed || c
		}
		et := tab.elemType(v.Type().Elem(), elemOf(t))
		if !changed && et == v.Type().Elem() {
			return v, false
		}
		var out reflect.Value
		if v.Kind() == reflect.Slice {
			out = reflect.MakeSlice(reflect.SliceOf(et), len(es), len(es))
		} else {
			out = reflect.New(reflect.ArrayOf(len(es), et)).Elem()
		}
		for i, e := range es {
			if !e.Type().AssignableTo(et) {
				return v, false // past maxJSONDepth
			}
			out.Index(i).Set(e)
		}
		return out, true
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(reflect.MapOf(v.Type().Key(), tab.elemType(v.Type().Elem(), elemOf(t)))), true
		}
		et := tab.elemType(v.Type().Elem(), elemOf(t))
		out := reflect.MakeMapWithSize(reflect.MapOf(v.Type().Key(), et), v.Len())
		changed := et != v.Type().Elem()
		for it := v.MapRange(); it.Next(); {
			e, c := tab.convert(it.Value(), elemOf(t), depth)
			if !e.Type().AssignableTo(et) {
				return v, false // past maxJSONDepth
			}
			changed = changed || c
			out.SetMapIndex(it.Key(), e)
		}
		if !changed {
			return v, false
		}
		return out, true
	case reflect.Struct:
		return tab.convertStruct(v, t, depth)
	}
	return v, false
}

// convertStruct converts a struct value: one of the script's types (t
// describes it) into its mirror, another one field by field where it is
// the interpreter's (no name, all its fields exported).
func (tab *JSONTable) convertStruct(v reflect.Value, t *Type, depth int) (reflect.Value, bool) {
	rt := v.Type()
	if t == nil || len(t.fields) != rt.NumField() {
		if rt.Name() != "" {
			return v, false
		}
		var fs []reflect.StructField
		var vs []reflect.Value
		changed := false
		for i := range rt.NumField() {
			f := rt.Field(i)
			if !f.IsExported() {
				return v, false
			}
			fv, c := tab.convert(v.Field(i), nil, depth)
			changed = changed || c
			f.Type, f.Index, f.Offset = fv.Type(), nil, 0
			if rt.Field(i).Type.Kind() == reflect.Interface {
				f.Type = rt.Field(i).Type
			}
			fs, vs = append(fs, f), append(vs, fv)
		}
		if !changed {
			return v, false
		}
		out := reflect.New(reflect.StructOf(fs)).Elem()
		for i, fv := range vs {
			out.Field(i).Set(fv)
		}
		return out, true
	}
	var fs []reflect.StructField
	var vs []reflect.Value
	for i := range rt.NumField() {
		f := rt.Field(i)
		if !t.fields[i].embedded && !exported(t.fields[i].name) {
			continue
		}
		fv, _ := tab.convert(v.Field(i), t.fields[i].t, depth)
		f.Anonymous = t.fields[i].embedded
		f.Type, f.Index, f.Offset = fv.Type(), nil, 0
		if rt.Field(i).Type.Kind() == reflect.Interface {
			f.Type = rt.Field(i).Type
		}
		fs, vs = append(fs, f), append(vs, fv)
	}
	out := reflect.New(reflect.StructOf(fs)).Elem()
	for i, fv := range vs {
		out.Field(i).Set(fv)
	}
	return out, true
}

// elemType returns the type of a container's element of type rt after
// conversion: an interface stays as it is, a script's struct type becomes
// its mirror.
func (tab *JSONTable) elemType(rt reflect.Type, t *Type) reflect.Type {
	if rt.Kind() == reflect.Interface || t == nil {
		return rt
	}
	return mirrorType(rt, t, map[mirrorKey]bool{})
}

// mayHold reports whether a value of rt may hold one of the script's
// struct types: it is built from one, or from an interface.
func (tab *JSONTable) mayHold(rt reflect.Type) bool {
	if m, ok := tab.holds.Load(rt); ok {
		return m.(bool)
	}
	m := tab.builtFrom(rt, map[reflect.Type]bool{})
	tab.holds.Store(rt, m)
	return m
}

func (tab *JSONTable) builtFrom(rt reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[rt] {
		return false
	}
	seen[rt] = true
	if _, ok := tab.types[rt]; ok {
		return true
	}
	switch rt.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return tab.builtFrom(rt.Elem(), seen)
	case reflect.Struct:
		for i := range rt.NumField() {
			if tab.builtFrom(rt.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}
