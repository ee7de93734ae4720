package lift

import (
	"reflect"
	"testing"
)

// TestJSONNamed checks that a decoding error about a field of a struct
// type that JSONNamed names, held in an interface, names the struct as
// Go's does, with or without a JSON table of its own, and that a type it
// does not name is left as the interpreter's error gave it.
func TestJSONNamed(t *testing.T) {
	// type Say struct { Nick string `json:"nick"`; Text string }, as the
	// interpreter makes it: a struct type without a name
	sayRT := reflect.StructOf([]reflect.StructField{
		{Name: "Nick", Type: reflect.TypeFor[string](), Tag: `json:"nick"`},
		{Name: "Text", Type: reflect.TypeFor[string]()},
	})
	// type hidden struct { N int; m string }, in the JSON table
	hidRT := reflect.StructOf([]reflect.StructField{
		{Name: "N", Type: reflect.TypeFor[int]()},
		{Name: "Xm", Type: reflect.TypeFor[string]()},
	})
	otherRT := reflect.StructOf([]reflect.StructField{{Name: "Nick", Type: reflect.TypeFor[string](), Tag: `json:"nick"`}})
	hidT := NewType()
	Define(hidT, "main.hidden", true, nil, nil, "N m", []*Type{nil, nil}, nil, nil, nil)
	tab := JSONTypes([]any{reflect.Zero(reflect.SliceOf(hidRT)).Interface()}, []*Type{hidT})
	says := []any{reflect.Zero(reflect.SliceOf(sayRT)).Interface()}
	for _, tt := range []struct {
		name   string
		tab    *JSONTable
		target reflect.Type
		data   string
		want   string
	}{
		{"named, no table", JSONNamed(nil, says, []string{"Say"}), sayRT, `{"nick": 5}`,
			"json: cannot unmarshal number into Go struct field Say.nick of type string"},
		{"named beside a table", JSONNamed(tab, says, []string{"Say"}), sayRT, `{"Text": [1]}`,
			"json: cannot unmarshal array into Go struct field Say.Text of type string"},
		{"the table's own type", JSONNamed(tab, says, []string{"Say"}), hidRT, `{"N": "x"}`,
			"json: cannot unmarshal string into Go struct field hidden.N of type int"},
		{"a type not named", JSONNamed(nil, says, []string{"Say"}), otherRT, `{"nick": true}`,
			"json: cannot unmarshal bool into Go struct field .nick of type string"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var target any = reflect.New(tt.target).Interface()
			err := JSONUnmarshal([]byte(tt.data), &target, nil, tt.tab)
			if err == nil || err.Error() != tt.want {
				t.Errorf("error %v, want %s", err, tt.want)
			}
		})
	}
}
