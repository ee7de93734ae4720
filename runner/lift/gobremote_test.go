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

// TestGobRemoteLookAlike encodes, on one stream, values of struct types
// that gob describes alike (the interpreter's types of type Ping struct{
// N int }, type Pong struct{ N int } and type Tick struct{ N int32 },
// which the rewrite makes runtime types of their own by a tag, and of a
// type declared inside a function), decodes each into a value of another
// kind, and checks that each error names the type of its own value, as a
// Go build's gob does.
func TestGobRemoteLookAlike(t *testing.T) {
	field := func(rt reflect.Type, tag string) reflect.Type {
		return reflect.StructOf([]reflect.StructField{{Name: "N", Type: rt, Tag: reflect.StructTag(tag)}})
	}
	intT, int32T := reflect.TypeFor[int](), reflect.TypeFor[int32]()
	ping, pong := field(intT, `socklab:"main.Ping"`), field(intT, `socklab:"main.Pong"`)
	tick, local := field(int32T, ""), field(intT, `socklab:"main.Hello·42"`)
	nilOf := func(rt reflect.Type) any { return reflect.Zero(reflect.SliceOf(rt)).Interface() }
	tab := GobTypes(nilOf(ping), "main.Ping", "Ping", nilOf(pong), "main.Pong", "Pong", nilOf(tick), "main.Tick", "Tick")
	var buf bytes.Buffer
	enc := GobNewEncoder(&buf)
	values := []struct {
		rt   reflect.Type
		name string
	}{{ping, "Ping"}, {pong, "Pong"}, {tick, "Tick"}, {pong, "Pong"}, {local, "Hello"}, {reflect.SliceOf(tick), "[]Tick"}}
	for _, v := range values {
		tab := tab
		if v.rt == local {
			tab = tab.Local(nilOf(local), "main.Hello", "Hello")
		}
		if err := GobEncode(enc, reflect.New(v.rt).Elem().Interface(), tab); err != nil {
			t.Fatalf("encode %s: %v", v.name, err)
		}
	}
	dec := gob.NewDecoder(&buf)
	for _, v := range values {
		var s string
		want := "gob: decoding into local type *string, received remote type " + v.name + " = struct { N int; }"
		if err := GobDecode(dec, &s, tab); err == nil || err.Error() != want {
			t.Errorf("a %s:\ngot  %v\nwant %s", v.name, err, want)
		}
	}
	if _, ok := gobLastID(dec); !ok {
		t.Errorf("gobLastID finds no type id in the decoder's buffer: encoding/gob's Decoder is not as lift reads it")
	}
}
