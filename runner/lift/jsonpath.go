package lift

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
)

// encoding/json names, in a *json.UnmarshalTypeError about a field, the
// struct type that holds it (Go struct field Point.Y), which it reads from
// the runtime type it decodes into, and the interpreter's struct types,
// and the retyped ones JSONUnmarshal hands it, have no name. The error's
// path of fields (Y, From.X) does not say which element of a slice, an
// array or a map it passed through, so where the decoded value holds
// interfaces inside them ([]any{&Point{}, &Line{}}), the struct is found
// in the value: by the elements' places in the input, where it is at
// hand (jsonStructAt), or else as the one struct type that every element
// the path may lead through has there (jsonStructsAt).

// jsonStep is one step into the input: an array's element or an object's
// key.
type jsonStep struct {
	index int    // an array's element; -1 for a key
	key   string // an object's key
}

// jsonStepsTo returns the steps from the top of data to the value that
// ends at offset, an UnmarshalTypeError's Offset: the elements and keys
// open there.
func jsonStepsTo(data []byte, offset int64) []jsonStep {
	dec := json.NewDecoder(bytes.NewReader(data))
	type open struct {
		object    bool
		index     int
		key       string
		expectKey bool
	}
	var stack []open
	value := func() { // a value starts in the innermost container
		if n := len(stack); n > 0 && !stack[n-1].object {
			stack[n-1].index++
		}
	}
	for dec.InputOffset() < offset {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		n := len(stack)
		if n > 0 && stack[n-1].object && stack[n-1].expectKey {
			if k, ok := tok.(string); ok {
				stack[n-1].key, stack[n-1].expectKey = k, false
				continue
			}
		}
		switch tok {
		case json.Delim('['):
			value()
			stack = append(stack, open{index: -1})
		case json.Delim('{'):
			value()
			stack = append(stack, open{object: true, expectKey: true})
		case json.Delim(']'), json.Delim('}'):
			if n == 0 {
				return nil
			}
			stack = stack[:n-1]
			if n > 1 && stack[n-2].object {
				stack[n-2].expectKey = true
			}
			continue
		default:
			value()
		}
		if n > 0 && stack[n-1].object && tok != json.Delim('{') && tok != json.Delim('[') {
			stack[n-1].expectKey = true
		}
	}
	steps := make([]jsonStep, len(stack))
	for i, o := range stack {
		steps[i] = jsonStep{index: o.index, key: o.key}
		if o.object {
			steps[i].index = -1
		}
	}
	return steps
}

// jsonStructAt follows steps from v and returns the name of the struct
// type, described in tab, whose field is the fields-th field step: the one
// an error with that many fields in its path names.
func jsonStructAt(v reflect.Value, steps []jsonStep, fields int, tab *JSONTable) string {
	for _, s := range steps {
		v = jsonDeref(v)
		switch {
		case v.Kind() == reflect.Struct && s.index < 0:
			k := jsonKeyField(v.Type(), s.key)
			if k < 0 {
				return ""
			}
			if fields--; fields == 0 {
				return typeNameOf(v.Type(), tab.typeFor(v.Type()))
			}
			v = v.Field(k)
		case (v.Kind() == reflect.Slice || v.Kind() == reflect.Array) && s.index >= 0:
			if s.index >= v.Len() {
				return ""
			}
			v = v.Index(s.index)
		case v.Kind() == reflect.Map && s.index < 0 && v.Type().Key().Kind() == reflect.String:
			v = v.MapIndex(reflect.ValueOf(s.key).Convert(v.Type().Key()))
			if !v.IsValid() {
				return ""
			}
		default:
			return ""
		}
	}
	return ""
}

// jsonStructsAt returns the name of the struct type, described in tab,
// that holds the last field of path in v, through any element of the
// slices, arrays and maps on the way; "" where none does, or where
// elements of several struct types do.
func jsonStructsAt(v reflect.Value, path []string, tab *JSONTable) string {
	names := map[string]bool{}
	var walk func(v reflect.Value, path []string, depth int)
	walk = func(v reflect.Value, path []string, depth int) {
		if depth > maxJSONDepth || len(names) > 1 {
			return
		}
		v = jsonDeref(v)
		switch v.Kind() {
		case reflect.Struct:
			k := jsonField(v.Type(), path[0])
			if k < 0 {
				return
			}
			if len(path) == 1 {
				names[typeNameOf(v.Type(), tab.typeFor(v.Type()))] = true
				return
			}
			walk(v.Field(k), path[1:], depth+1)
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i), path, depth+1)
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Value(), path, depth+1)
			}
		}
	}
	walk(v, path, 0)
	if len(names) != 1 {
		return ""
	}
	for name := range names {
		return name
	}
	return ""
}

// jsonDeref follows pointers and interfaces, and the interpreter's
// wrappers, to the value they hold.
func jsonDeref(v reflect.Value) reflect.Value {
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
		if u, ok := interpValue(v); ok {
			v = u
		}
	}
	return v
}

// jsonKeyField returns the index of the field of rt that the decoder fills
// from an object's key: its name or tag, or else one that differs only in
// case; -1 where there is none.
func jsonKeyField(rt reflect.Type, key string) int {
	if k := jsonField(rt, key); k >= 0 {
		return k
	}
	for i := range rt.NumField() {
		f := rt.Field(i)
		n := f.Name
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag == "-" {
			continue
		} else if tag != "" {
			n = tag
		}
		if strings.EqualFold(n, key) {
			return i
		}
	}
	return -1
}
