package lift

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

// TestJSONUnmarshal decodes into targets that hold, statically or in
// interfaces, struct types made as the interpreter makes a script's (no
// name, unexported fields renamed Xname, an embedded field a plain one),
// and checks that the decoder fills what Go's fills, in the script's
// variables themselves, and names Go's types in its errors.
func TestJSONUnmarshal(t *testing.T) {
	// type T struct { N int; m string }
	tRT := reflect.StructOf([]reflect.StructField{
		{Name: "N", Type: reflect.TypeFor[int]()},
		{Name: "Xm", Type: reflect.TypeFor[string]()},
	})
	// type M struct { T; Kind string `json:"kind"`; body string }
	mRT := reflect.StructOf([]reflect.StructField{
		{Name: "T", Type: tRT},
		{Name: "Kind", Type: reflect.TypeFor[string](), Tag: `json:"kind"`},
		{Name: "Xbody", Type: reflect.TypeFor[string]()},
	})
	tT, mT := NewType(), NewType()
	Define(tT, "main.T", true, nil, nil, "N m", []*Type{nil, nil}, nil, nil, nil)
	Define(mT, "main.M", true, nil, nil, "~T Kind body", []*Type{tT, nil, nil}, nil, nil, nil)
	tab := JSONTypes([]any{reflect.Zero(reflect.SliceOf(tRT)).Interface(), reflect.Zero(reflect.SliceOf(mRT)).Interface()}, []*Type{tT, mT})
	ptrT := &Type{name: "*main.T", elem: tT}

	// show prints the struct values a target holds, as the script's fields.
	var show func(v reflect.Value) string
	show = func(v reflect.Value) string {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if v.IsNil() {
				return "nil"
			}
			return show(v.Elem())
		case reflect.Slice:
			var b bytes.Buffer
			for i := range v.Len() {
				b.WriteString(show(v.Index(i)) + ";")
			}
			return b.String()
		case reflect.Struct:
			var b bytes.Buffer
			for i := range v.NumField() {
				b.WriteString(show(v.Field(i)) + " ")
			}
			return "{" + b.String() + "}"
		}
		return fmt.Sprint(v.Interface())
	}
	newT := func() any { return reflect.New(tRT).Interface() }
	for _, tt := range []struct {
		name   string
		target func() any // what the script passes
		t      *Type
		tab    *JSONTable
		in     string
		want   string
	}{
		{"a pointer held in an any", newT, nil, tab, `{"N":1,"m":"x","Xm":"y"}`, "{1  }"},
		{"a pointer of its static type", newT, ptrT, nil, `{"N":2,"Xm":"y"}`, "{2  }"},
		{"a *any that holds a pointer", func() any { var v any = newT(); return &v }, &Type{name: "*interface {}"}, tab, `{"N":3,"Xm":"y"}`, "{3  }"},
		{"a *any set to null", func() any { var v any = newT(); return &v }, &Type{name: "*interface {}"}, tab, `null`, "nil"},
		{"a []any of pointers, and more", func() any { v := []any{newT()}; return &v }, nil, tab, `[{"N":4,"Xm":"a"},{"N":5}]`, "{4  };map[N:5];"},
		{"an embedded struct", func() any { return reflect.New(mRT).Interface() }, nil, tab, `{"N":6,"Xm":"a","kind":"k","body":"b","Xbody":"c","T":{"N":9}}`, "{{6  } k  }"},
		{"an any in a struct of another kind", func() any { return &struct{ Data any }{newT()} }, nil, tab, `{"Data":{"N":7,"Xm":"y"}}`, "{{7  } }"},
		{"a type error, named as Go names it", newT, nil, tab, `{"N":"s"}`, "json: cannot unmarshal string into Go struct field T.N of type int"},
		{"a type error of the struct, named as Go names it", newT, ptrT, nil, `[1]`, "json: cannot unmarshal array into Go value of type main.T"},
		{"a type error through an interface", func() any { return &struct{ Data any }{newT()} }, nil, tab, `{"Data":{"N":"s"}}`, "json: cannot unmarshal string into Go struct field T.Data.N of type int"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			target := tt.target()
			err := JSONUnmarshal([]byte(tt.in), target, tt.t, tt.tab)
			got := show(reflect.ValueOf(target))
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			// The script's own types are back where the decoder saw retyped ones.
			checkTypes(t, reflect.ValueOf(target))
			errDec := JSONDecode(json.NewDecoder(bytes.NewReader([]byte(tt.in))), tt.target(), tt.t, tt.tab)
			if (err == nil) != (errDec == nil) || err != nil && err.Error() != errDec.Error() {
				t.Errorf("JSONDecode: %v, JSONUnmarshal: %v", errDec, err)
			}
		})
	}
}

// checkTypes fails where an interface in v holds a pointer to a type
// retyped for the decoder, left behind.
func checkTypes(t *testing.T, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return
		}
		if e := v.Elem(); v.Kind() == reflect.Interface && e.Kind() == reflect.Pointer {
			if _, retyped := jsonOriginal.Load(e.Type().Elem()); retyped {
				t.Errorf("an interface holds %s after decoding", e.Type())
			}
		}
		checkTypes(t, v.Elem())
	case reflect.Slice:
		for i := range v.Len() {
			checkTypes(t, v.Index(i))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			checkTypes(t, v.Field(i))
		}
	}
}

// BenchmarkJSONUnmarshal compares a decoding into an interpreter's struct
// type as it is with one through JSONUnmarshal, by its static type and
// through an any.
func BenchmarkJSONUnmarshal(b *testing.B) {
	tRT := reflect.StructOf([]reflect.StructField{
		{Name: "N", Type: reflect.TypeFor[int]()},
		{Name: "Xm", Type: reflect.TypeFor[string]()},
	})
	tT := NewType()
	Define(tT, "main.T", true, nil, nil, "N m", []*Type{nil, nil}, nil, nil, nil)
	tab := JSONTypes([]any{reflect.Zero(reflect.SliceOf(tRT)).Interface()}, []*Type{tT})
	ptrT := &Type{name: "*main.T", elem: tT}
	in := []byte(`{"N":1,"m":"x"}`)
	target := reflect.New(tRT).Interface()
	var held any = target
	for _, bb := range []struct {
		name string
		run  func() error
	}{
		{"json.Unmarshal", func() error { return json.Unmarshal(in, target) }},
		{"static", func() error { return JSONUnmarshal(in, target, ptrT, nil) }},
		{"any", func() error { return JSONUnmarshal(in, target, nil, tab) }},
		{"*any", func() error { return JSONUnmarshal(in, &held, nil, tab) }},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := bb.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
