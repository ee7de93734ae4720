package lift

import (
	"encoding/json"
	"reflect"
	"testing"
)

// TestJSONAny encodes values that hold, in interfaces, struct types made
// as the interpreter makes a script's (no name, unexported fields renamed
// Xname, an embedded field a plain one), and checks that each encodes as
// Go encodes the script's types.
func TestJSONAny(t *testing.T) {
	// type P struct { Name string `json:"name"`; tags []string }
	pRT := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeFor[string](), Tag: `json:"name"`},
		{Name: "Xtags", Type: reflect.TypeFor[[]string]()},
	})
	// type O struct { P; Extra any }
	oRT := reflect.StructOf([]reflect.StructField{
		{Name: "P", Type: pRT},
		{Name: "Extra", Type: reflect.TypeFor[any]()},
	})
	pT, oT := NewType(), NewType()
	Define(pT, "main.P", true, nil, nil, "Name tags", []*Type{nil, nil}, nil, nil, nil)
	Define(oT, "main.O", true, nil, nil, "~P Extra", []*Type{pT, nil}, nil, nil, nil)
	tab := JSONTypes([]any{reflect.Zero(reflect.SliceOf(pRT)).Interface(), reflect.Zero(reflect.SliceOf(oRT)).Interface()}, []*Type{pT, oT})

	p := func(name string) any {
		v := reflect.New(pRT).Elem()
		v.Field(0).SetString(name)
		v.Field(1).Set(reflect.ValueOf([]string{"t"}))
		return v.Interface()
	}
	o := func(name string, extra any) any {
		v := reflect.New(oRT).Elem()
		v.Field(0).Set(reflect.ValueOf(p(name)))
		if extra != nil {
			v.Field(1).Set(reflect.ValueOf(extra))
		}
		return v.Interface()
	}
	ptr := func(x any) any {
		v := reflect.New(reflect.TypeOf(x))
		v.Elem().Set(reflect.ValueOf(x))
		return v.Interface()
	}
	for _, tt := range []struct {
		name string
		x    any
		want string
	}{
		{"a struct", p("a"), `{"name":"a"}`},
		{"an embedding struct", o("b", 1), `{"name":"b","Extra":1}`},
		{"a pointer", ptr(p("c")), `{"name":"c"}`},
		{"a slice of any", []any{p("d"), nil, 2, ptr(o("e", nil))}, `[{"name":"d"},null,2,{"name":"e","Extra":null}]`},
		{"a map of any", map[string]any{"k": []any{o("f", p("g"))}}, `{"k":[{"name":"f","Extra":{"name":"g"}}]}`},
		{"an any in a struct of another kind", struct{ V any }{p("h")}, `{"V":{"name":"h"}}`},
		{"a map of a slice of them in an any", []any{map[string]any{"m": reflect.MakeSlice(reflect.SliceOf(pRT), 0, 0).Interface()}}, `[{"m":[]}]`},
		{"nothing of the script's", map[string]any{"a": []int{1}}, `{"a":[1]}`},
		{"json.RawMessage kept", []any{json.RawMessage(`{"r":1}`)}, `[{"r":1}]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(JSONAny(tt.x, nil, tab))
			if err != nil || string(b) != tt.want {
				t.Errorf("got %s, %v; want %s", b, err, tt.want)
			}
		})
	}
}

// TestJSONAnyUnchanged checks that a value with nothing to convert is
// handed back as it is, not copied.
func TestJSONAnyUnchanged(t *testing.T) {
	tab := JSONTypes(nil, nil)
	m := map[string]any{"a": []any{1, "x"}}
	if got := JSONAny(m, nil, tab); reflect.ValueOf(got).Pointer() != reflect.ValueOf(m).Pointer() {
		t.Errorf("JSONAny copied a map with nothing of the script's in it")
	}
}
