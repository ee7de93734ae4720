package lift

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"
)

// TestGobRemoteNamed encodes values of struct types without a name, as the
// interpreter's types of the script's are, decodes them into values of
// another kind, and checks that the table names the remote type in gob's
// error as a Go build's gob does.
func TestGobRemoteNamed(t *testing.T) {
	point := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(int32(0))}, {Name: "Y", Type: reflect.TypeOf(int32(0))}})
	shape := reflect.StructOf([]reflect.StructField{
		{Name: "Name", Type: reflect.TypeOf("")},
		{Name: "Points", Type: reflect.SliceOf(point)},
		{Name: "Tags", Type: reflect.TypeOf(map[string]float64{})},
		{Name: "Raw", Type: reflect.TypeOf([]byte{})},
		{Name: "Origin", Type: reflect.PointerTo(point)},
	})
	where := reflect.StructOf([]reflect.StructField{{Name: "Lat", Type: reflect.TypeOf(0.0)}, {Name: "Lon", Type: reflect.TypeOf(0.0)}})
	reading := reflect.StructOf([]reflect.StructField{{Name: "Sensor", Type: reflect.TypeOf("")}, {Name: "Where", Type: where}})
	nilOf := func(rt reflect.Type) any { return reflect.Zero(reflect.SliceOf(rt)).Interface() }
	tab := GobTypes(nilOf(point), "main.Point", "Point", nilOf(shape), "main.Shape", "Shape",
		nilOf(where), "main.Location", "Location", nilOf(reading), "main.Reading", "Reading")
	var n int
	var a any
	for _, tt := range []struct {
		name  string
		value any
		into  any
		want  string
	}{
		{"a struct holding another, by value, in a slice and through a pointer", reflect.New(shape).Elem().Interface(), &n,
			"gob: decoding into local type *int, received remote type Shape = struct { Name string; Points []Point = struct { X int; Y int; }; Tags map[string]float; Raw bytes; Origin Point; }"},
		{"a struct field, which gob names by reflect's spelling of the interpreter's type", reflect.New(reading).Elem().Interface(), &n,
			"gob: decoding into local type *int, received remote type Reading = struct { Sensor string; Where Location = struct { Lat float; Lon float; }; }"},
		{"a slice of structs", reflect.MakeSlice(reflect.SliceOf(point), 1, 1).Interface(), &n,
			"gob: decoding into local type *int, received remote type []Point = struct { X int; Y int; }"},
		{"a concrete type into an interface", reflect.New(point).Elem().Interface(), &a,
			"gob: local interface type *interface {} can only be decoded from remote interface type; received concrete type Point = struct { X int; Y int; }"},
	} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(tt.value); err != nil {
			t.Fatalf("%s: encode: %v", tt.name, err)
		}
		err := GobDecode(gob.NewDecoder(&buf), tt.into, tab)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\ngot  %v\nwant %s", tt.name, err, tt.want)
		}
	}
}
