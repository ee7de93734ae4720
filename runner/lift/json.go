package lift

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"sync"
)

// The interpreter's struct types name an unexported field Xname and make
// it exported, so encoding/json encodes it; and they have no name, so a
// decoding error says "Go struct field .name" where Go says "Person.name".
// The rewrite of encoding calls (runner/rewrite) hands a value to encode
// to JSON first, and the error of a decoding to JSONError.

// JSON returns x, whose static type t describes, as a value that
// encoding/json encodes as Go encodes x: the same, but for the unexported
// fields of the script's struct types, which it leaves out.
func JSON(x any, t *Type) any {
	v := reflect.ValueOf(x)
	if !v.IsValid() || t == nil {
		return x
	}
	return mirror(v, t).Interface()
}

// mirrors caches the types JSON makes, by the interpreter's type and the
// script's description of it.
var mirrors sync.Map // mirrorKey -> reflect.Type

type mirrorKey struct {
	rt reflect.Type
	t  *Type
}

// mirrorType returns the type with the unexported fields of the script's
// struct types in rt left out; seen guards against a type that holds
// itself, which is left as it is.
func mirrorType(rt reflect.Type, t *Type, seen map[mirrorKey]bool) reflect.Type {
	if t == nil {
		return rt
	}
	k := mirrorKey{rt, t}
	if m, ok := mirrors.Load(k); ok {
		return m.(reflect.Type)
	}
	if seen[k] {
		return rt
	}
	seen[k] = true
	defer delete(seen, k)
	var m reflect.Type
	switch rt.Kind() {
	case reflect.Pointer:
		m = reflect.PointerTo(mirrorType(rt.Elem(), t.elem, seen))
	case reflect.Slice:
		m = reflect.SliceOf(mirrorType(rt.Elem(), t.elem, seen))
	case reflect.Array:
		m = reflect.ArrayOf(rt.Len(), mirrorType(rt.Elem(), t.elem, seen))
	case reflect.Map:
		m = reflect.MapOf(rt.Key(), mirrorType(rt.Elem(), t.elem, seen))
	case reflect.Struct:
		if len(t.fields) != rt.NumField() {
			return rt
		}
		m = mirrorStruct(rt, t, func(ft reflect.Type, fd *Type) reflect.Type { return mirrorType(ft, fd, seen) })
	default:
		return rt
	}
	mirrors.Store(k, m)
	return m
}

// mirrorStruct returns the struct type that encoding/json sees for rt,
// whose fields t describes: the exported and embedded fields alone, each of
// the type elem makes of it, embedded where the script's type embeds it.
func mirrorStruct(rt reflect.Type, t *Type, elem func(reflect.Type, *Type) reflect.Type) reflect.Type {
	var fs []reflect.StructField
	for i := range rt.NumField() {
		f := rt.Field(i)
		if !t.fields[i].embedded && !exported(t.fields[i].name) {
			continue
		}
		f.Anonymous = t.fields[i].embedded
		f.Type = elem(f.Type, t.fields[i].t)
		f.Index, f.Offset = nil, 0
		fs = append(fs, f)
	}
	return reflect.StructOf(fs)
}

// mirror copies v into its mirror type.
func mirror(v reflect.Value, t *Type) reflect.Value {
	mt := mirrorType(v.Type(), t, map[mirrorKey]bool{})
	if mt == v.Type() {
		return v
	}
	out := reflect.New(mt).Elem()
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			out.Set(reflect.New(mt.Elem()))
			out.Elem().Set(mirror(v.Elem(), t.elem))
		}
	case reflect.Slice:
		if !v.IsNil() {
			out.Set(reflect.MakeSlice(mt, v.Len(), v.Len()))
			for i := range v.Len() {
				out.Index(i).Set(mirror(v.Index(i), t.elem))
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			out.Index(i).Set(mirror(v.Index(i), t.elem))
		}
	case reflect.Map:
		if !v.IsNil() {
			out.Set(reflect.MakeMapWithSize(mt, v.Len()))
			for it := v.MapRange(); it.Next(); {
				out.SetMapIndex(it.Key(), mirror(it.Value(), t.elem))
			}
		}
	case reflect.Struct:
		j := 0
		for i := range v.NumField() {
			if !t.fields[i].embedded && !exported(t.fields[i].name) {
				continue
			}
			out.Field(j).Set(mirror(v.Field(i), t.fields[i].t))
			j++
		}
	}
	return out
}

func exported(name string) bool {
	return name != "" && strings.ToUpper(name[:1]) == name[:1] && name[0] != '_'
}

// JSONError returns err, of a decoding into target (whose static type t
// describes), with the struct type and field type that Go names in a
// *json.UnmarshalTypeError.
func JSONError(err error, target any, t *Type) error {
	var e *json.UnmarshalTypeError
	if !errors.As(err, &e) || t == nil || target == nil {
		return err
	}
	rt, t0 := reflect.TypeOf(target), t
	path := strings.Split(e.Field, ".")
	if e.Field == "" {
		path = nil
	}
	rt, t = deref(rt, t) // the value decoded into
	structName := ""
	for i, name := range path {
		if rt.Kind() != reflect.Struct {
			return err
		}
		if i == len(path)-1 {
			structName = typeNameOf(rt, t)
		}
		k := jsonField(rt, name)
		if k < 0 {
			return err
		}
		ft := (*Type)(nil)
		if t != nil && k < len(t.fields) {
			ft = t.fields[k].t
		}
		rt, t = rt.Field(k).Type, ft
		if i < len(path)-1 {
			rt, t = deref(rt, t)
		}
	}
	if path == nil {
		rt, t = reflect.TypeOf(target), t0
	}
	for rt != e.Type && (rt.Kind() == reflect.Pointer || rt.Kind() == reflect.Slice || rt.Kind() == reflect.Array || rt.Kind() == reflect.Map) {
		rt, t = rt.Elem(), elemOf(t)
	}
	msg := "json: cannot unmarshal " + e.Value
	typeName := e.Type.String()
	if t != nil && t.name != "" && rt == e.Type {
		typeName = t.name
	}
	if e.Struct != "" || e.Field != "" || structName != "" {
		if e.Struct == "" {
			e.Struct = structName
		}
		msg += " into Go struct field " + e.Struct + "." + e.Field + " of type " + typeName
	} else {
		msg += " into Go value of type " + typeName
	}
	if _, named := e.Type.(namedType); !named && typeName != e.Type.String() {
		// the error's Type, printed or asked its Name, says it as Go
		// does too: main.Config, not struct { Host string ... }
		e.Type = namedType{e.Type, typeName}
	}
	if msg == e.Error() {
		return err
	}
	return &typeError{e, msg}
}

// deref follows pointers, slices, arrays and maps to what they hold, as
// encoding/json does to the struct it decodes into.
func deref(rt reflect.Type, t *Type) (reflect.Type, *Type) {
	for {
		switch rt.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
			rt, t = rt.Elem(), elemOf(t)
			continue
		}
		return rt, t
	}
}

// jsonField returns the index of the field of struct type rt that
// encoding/json names name, or -1.
func jsonField(rt reflect.Type, name string) int {
	for i := range rt.NumField() {
		f := rt.Field(i)
		n := f.Name
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag != "" && tag != "-" {
			n = tag
		}
		if n == name {
			return i
		}
	}
	return -1
}

// typeNameOf returns the name of a struct type as reflect's Type.Name says
// it under Go: Person, for main.Person.
func typeNameOf(rt reflect.Type, t *Type) string {
	if t == nil || t.name == "" {
		return rt.Name()
	}
	name := t.name
	if i := strings.IndexByte(name, '['); i >= 0 {
		if j := strings.LastIndexByte(name[:i], '.'); j >= 0 {
			return name[j+1:]
		}
		return name
	}
	return name[strings.LastIndexByte(name, '.')+1:]
}

// typeError is a *json.UnmarshalTypeError with the message Go gives it;
// errors.As finds the *json.UnmarshalTypeError in it.
type typeError struct {
	e   *json.UnmarshalTypeError
	msg string
}

func (e *typeError) Error() string { return e.msg }

func (e *typeError) As(target any) bool {
	if p, ok := target.(**json.UnmarshalTypeError); ok {
		*p = e.e
		return true
	}
	return false
}
