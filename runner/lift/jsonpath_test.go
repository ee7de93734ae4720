package lift

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

type jsonPathPoint struct{ X, Y int }

type jsonPathLine struct {
	From, To jsonPathPoint
	Y        int
}

type jsonPathBatch struct{ Items []any }

// TestJSONStructAt checks that the struct type holding the field of a
// decoding error is found by the error's place in the input, through the
// slices, arrays and maps that the error's path of fields leaves out.
func TestJSONStructAt(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		target any
		want   string
	}{
		{"second element", `[{"X":1},{"Y":"a"}]`, &[]any{&jsonPathPoint{}, &jsonPathLine{}}, "jsonPathLine"},
		{"first element", `[{"Y":"a"},{"X":1}]`, &[]any{&jsonPathPoint{}, &jsonPathLine{}}, "jsonPathPoint"},
		{"a nested field", `[{"X":1},{"From":{"X":"s"}}]`, &[2]any{&jsonPathPoint{}, &jsonPathLine{}}, "jsonPathPoint"},
		{"a key in other case, spaced", ` [ {"x":1} , { "y" : "q" } ]`, &[]any{&jsonPathPoint{}, &jsonPathLine{}}, "jsonPathLine"},
		{"a struct's []any", `{"Items":[{"To":{"Y":"z"}}]}`, &jsonPathBatch{Items: []any{&jsonPathLine{}}}, "jsonPathPoint"},
		{"an array value", `[{"Y":[1]}]`, &[]any{&jsonPathLine{}}, "jsonPathLine"},
		{"an object value", `[{"Y":{}}]`, &[]any{&jsonPathPoint{}}, "jsonPathPoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e *json.UnmarshalTypeError
			if err := json.Unmarshal([]byte(tt.data), tt.target); !errors.As(err, &e) {
				t.Fatalf("json.Unmarshal: %v, want an UnmarshalTypeError", err)
			}
			fields := len(strings.Split(e.Field, "."))
			if got := jsonStructAt(reflect.ValueOf(tt.target), jsonStepsTo([]byte(tt.data), e.Offset), fields, nil); got != tt.want {
				t.Errorf("jsonStructAt = %q, want %q (steps %+v, field %s)", got, tt.want, jsonStepsTo([]byte(tt.data), e.Offset), e.Field)
			}
		})
	}
}

// TestJSONStructsAt checks that a path's struct is named where every
// element it may lead through has one struct type there, and not where
// they have several.
func TestJSONStructsAt(t *testing.T) {
	tests := []struct {
		name  string
		value any
		path  string
		want  string
	}{
		{"one type", &[]any{&jsonPathPoint{}, &jsonPathPoint{}}, "Y", "jsonPathPoint"},
		{"a field only one has", &[]any{&jsonPathPoint{}, &jsonPathLine{}}, "From.X", "jsonPathPoint"},
		{"two types with the field", &[]any{&jsonPathPoint{}, &jsonPathLine{}}, "Y", ""},
		{"through a map", map[string]any{"a": &jsonPathLine{}}, "To.Y", "jsonPathPoint"},
		{"no such field", []any{&jsonPathPoint{}}, "Z", ""},
		{"nil elements", []any{nil, (*jsonPathPoint)(nil), &jsonPathPoint{}}, "X", "jsonPathPoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := jsonStructsAt(reflect.ValueOf(tt.value), strings.Split(tt.path, "."), nil); got != tt.want {
				t.Errorf("jsonStructsAt(%s) = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}
