package lift

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"io"
	"reflect"
	"slices"
	"testing"
)

// TestGobUint checks gob's unsigned integers both ways.
func TestGobUint(t *testing.T) {
	for _, tt := range []struct {
		x    uint64
		wire []byte
	}{
		{0, []byte{0}},
		{127, []byte{0x7f}},
		{128, []byte{0xff, 0x80}},
		{256, []byte{0xfe, 0x01, 0x00}},
		{1<<64 - 1, []byte{0xf8, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}},
	} {
		if got := gobAppendUint(nil, tt.x); !bytes.Equal(got, tt.wire) {
			t.Errorf("gobAppendUint(%d) = %x, want %x", tt.x, got, tt.wire)
		}
		if x, n := gobUint(tt.wire); x != tt.x || n != len(tt.wire) {
			t.Errorf("gobUint(%x) = %d, %d, want %d, %d", tt.wire, x, n, tt.x, len(tt.wire))
		}
	}
	if _, n := gobUint([]byte{0xfe, 0x01}); n != 0 {
		t.Errorf("gobUint of a cut integer read %d bytes", n)
	}
}

// wireNames returns the names of the descriptions in a gob stream, in the
// order they come.
func wireNames(t *testing.T, stream []byte) []string {
	t.Helper()
	var names []string
	for len(stream) > 0 {
		size, n := gobUint(stream)
		if n == 0 || int(size) > len(stream)-n {
			t.Fatalf("a cut message: %x", stream)
		}
		msg := stream[n : n+int(size)]
		stream = stream[n+int(size):]
		id, m := gobUint(msg)
		if id&1 == 0 {
			continue // a value
		}
		p := msg[m:]
		_, a := gobUint(p)     // which of wireType's fields
		_, b := gobUint(p[a:]) // CommonType
		field, c := gobUint(p[a+b:])
		name := ""
		if field == 1 {
			size, d := gobUint(p[a+b+c:])
			name = string(p[a+b+c+d : a+b+c+d+int(size)])
		}
		names = append(names, name)
	}
	return names
}

// Go's own types, as a Go build of the script has them, for a peer that
// decodes what the script sends.
type (
	peerItem    struct{ WireSKU string }
	peerAddress struct{ WireStreet string }
	peerOrder   struct {
		WireID     int
		WireItems  []peerItem
		WireByName map[string]peerItem
		WireShip   *peerAddress
		WirePorts  []Int_7
		WireBox    map[int]peerAddress
	}
)

// TestGobWireNames encodes values of types made as the interpreter makes
// a script's (reflect.StructOf, a type of the pool for type Port int)
// and checks the names the descriptions carry, and that a Go peer decodes
// the values.
func TestGobWireNames(t *testing.T) {
	str := reflect.TypeFor[string]()
	item := reflect.StructOf([]reflect.StructField{{Name: "WireSKU", Type: str}})
	address := reflect.StructOf([]reflect.StructField{{Name: "WireStreet", Type: str}})
	port := reflect.TypeFor[Int_7]()
	order := reflect.StructOf([]reflect.StructField{
		{Name: "WireID", Type: reflect.TypeFor[int]()},
		{Name: "WireItems", Type: reflect.SliceOf(item)},
		{Name: "WireByName", Type: reflect.MapOf(str, item)},
		{Name: "WireShip", Type: reflect.PointerTo(address)},
		{Name: "WirePorts", Type: reflect.SliceOf(port)},
		{Name: "WireBox", Type: reflect.MapOf(reflect.TypeFor[int](), address)},
	})
	nilOf := func(rt reflect.Type) any { return reflect.Zero(reflect.SliceOf(rt)).Interface() }
	tab := GobTypes(nilOf(item), "main.Item", "Item", nilOf(address), "main.Address", "Address", nilOf(order), "main.Order", "Order").
		Wire(nilOf(port), "main.Port", "Port")

	v := reflect.New(order).Elem()
	v.Field(0).SetInt(7)
	it := reflect.New(item).Elem()
	it.Field(0).SetString("tea")
	v.Field(1).Set(reflect.Append(reflect.MakeSlice(reflect.SliceOf(item), 0, 1), it))
	v.Field(2).Set(reflect.MakeMap(reflect.MapOf(str, item)))
	v.Field(2).SetMapIndex(reflect.ValueOf("tea"), it)
	addr := reflect.New(address)
	addr.Elem().Field(0).SetString("Main St")
	v.Field(3).Set(addr)
	v.Field(4).Set(reflect.ValueOf([]Int_7{80, 443}))

	var buf bytes.Buffer
	enc := GobNewEncoder(&buf)
	for range 2 {
		if err := GobEncode(enc, v.Interface(), tab); err != nil {
			t.Fatal(err)
		}
	}
	if err := GobEncode(enc, addr.Interface(), tab); err != nil {
		t.Fatal(err)
	}
	want := []string{"Order", "[]main.Item", "Item", "map[string]main.Item", "Address", "[]main.Port", "map[int]main.Address"}
	if got := wireNames(t, buf.Bytes()); !slices.Equal(got, want) {
		t.Errorf("descriptions named %q, want %q", got, want)
	}

	// A second encoder describes the types again, with the names gob gave
	// them where it first met them.
	var again bytes.Buffer
	if err := GobEncode(GobNewEncoder(&again), reflect.New(address).Interface(), tab); err != nil {
		t.Fatal(err)
	}
	if got := wireNames(t, again.Bytes()); !slices.Equal(got, []string{"Address"}) {
		t.Errorf("a second encoder's description named %q, want Address", got)
	}

	dec := gob.NewDecoder(&buf)
	for range 2 {
		var got peerOrder
		if err := dec.Decode(&got); err != nil {
			t.Fatal(err)
		}
		if got.WireID != 7 || len(got.WireItems) != 1 || got.WireItems[0].WireSKU != "tea" || got.WireByName["tea"].WireSKU != "tea" || got.WireShip == nil || got.WireShip.WireStreet != "Main St" || !slices.Equal(got.WirePorts, []Int_7{80, 443}) {
			t.Errorf("the Go peer decoded %+v", got)
		}
	}
	var a peerAddress
	if err := dec.Decode(&a); err != nil || a.WireStreet != "Main St" {
		t.Errorf("the Go peer decoded %+v, %v", a, err)
	}
}

// TestGobWireUnexpected checks that the writer hands on as they are the
// messages of an encoder it was not told of, and those after a
// description no Encode of GobEncode's expected.
func TestGobWireUnexpected(t *testing.T) {
	type wireLoose struct{ WireLoose int }
	var plain, wired bytes.Buffer
	if err := gob.NewEncoder(&plain).Encode(wireLoose{1}); err != nil {
		t.Fatal(err)
	}
	enc := GobNewEncoder(&wired)
	if err := enc.Encode(wireLoose{1}); err != nil { // not through GobEncode
		t.Fatal(err)
	}
	if !bytes.Equal(plain.Bytes(), wired.Bytes()) {
		t.Errorf("an Encode made otherwise wrote %x, want %x", wired.Bytes(), plain.Bytes())
	}
	if gw := gobWireOf(enc); gw == nil || !gw.lost {
		t.Errorf("the writer kept naming after a description it did not expect")
	}
}

// TestGobRename checks the rewriting of a description's name, and that
// what is not a description of the type's kind is refused.
func TestGobRename(t *testing.T) {
	st := reflect.TypeFor[struct{ A int }]()
	// StructT (3), CommonType (1), Name "x" (1), Id 65 (1), end...
	named := []byte{3, 1, 1, 1, 'x', 1, 0xff, 0x82, 0, 1, 1, 1, 'A', 1, 4, 0, 0, 0}
	unnamed := []byte{3, 1, 2, 0xff, 0x82, 0, 1, 1, 1, 'A', 1, 4, 0, 0, 0}
	for _, tt := range []struct {
		name    string
		payload []byte
		rt      reflect.Type
		to      string
		want    []byte
	}{
		{"a name given", unnamed, st, "Pos", []byte{3, 1, 1, 3, 'P', 'o', 's', 1, 0xff, 0x82, 0, 1, 1, 1, 'A', 1, 4, 0, 0, 0}},
		{"a name changed", named, st, "Pos", []byte{3, 1, 1, 3, 'P', 'o', 's', 1, 0xff, 0x82, 0, 1, 1, 1, 'A', 1, 4, 0, 0, 0}},
		{"a name taken away", named, st, "", unnamed},
		{"another kind", named, reflect.TypeFor[[]int](), "Pos", nil},
		{"not a description", []byte{9, 1}, st, "Pos", nil},
		{"cut", named[:4], st, "Pos", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := gobRename(tt.payload, tt.rt, tt.to)
			if ok != (tt.want != nil) || !bytes.Equal(got, tt.want) {
				t.Errorf("gobRename = %x, %v, want %x", got, ok, tt.want)
			}
		})
	}
}

type benchMove struct {
	From, To string
	Seq      int
}

// BenchmarkGobEncode compares an Encode of gob's own encoder with one of
// GobNewEncoder's through GobEncode, after the types are described.
func BenchmarkGobEncode(b *testing.B) {
	v := benchMove{"e2", "e4", 1}
	tab := GobTypes([]benchMove(nil), "main.Move", "Move")
	b.Run("gob", func(b *testing.B) {
		enc := gob.NewEncoder(io.Discard)
		b.ReportAllocs()
		for b.Loop() {
			_ = enc.Encode(v)
		}
	})
	b.Run("socklab", func(b *testing.B) {
		enc := GobNewEncoder(io.Discard)
		b.ReportAllocs()
		for b.Loop() {
			_ = GobEncode(enc, v, tab)
		}
	})
	type benchEnvelope struct {
		Seq     int
		Payload any
	}
	gob.Register(benchMove{})
	env := benchEnvelope{1, benchMove{"e2", "e4", 1}}
	b.Run("gob, a value in an interface", func(b *testing.B) {
		enc := gob.NewEncoder(io.Discard)
		b.ReportAllocs()
		for b.Loop() {
			_ = enc.Encode(env)
		}
	})
	b.Run("socklab, a value in an interface", func(b *testing.B) {
		enc := GobNewEncoder(io.Discard)
		b.ReportAllocs()
		for b.Loop() {
			_ = GobEncode(enc, env, tab)
		}
	})
}

// TestGobProxyPool checks that each of the pool's types is a struct of
// one gobMethodValues with the methods of its kind, as GobEncodeMethod
// takes it to be.
func TestGobProxyPool(t *testing.T) {
	want := [2][2]reflect.Type{
		{reflect.TypeFor[gob.GobEncoder](), reflect.TypeFor[gob.GobDecoder]()},
		{reflect.TypeFor[interface{ MarshalBinary() ([]byte, error) }](), reflect.TypeFor[interface{ UnmarshalBinary([]byte) error }]()},
	}
	for kind, pool := range gobProxies {
		if len(pool) != GobMethodsPerKind {
			t.Errorf("kind %d: %d types, want %d", kind, len(pool), GobMethodsPerKind)
		}
		for _, rt := range pool {
			if rt.Kind() != reflect.Struct || rt.NumField() != 1 || rt.Field(0).Type != reflect.TypeFor[gobMethodValues]() {
				t.Errorf("%v is not a struct of one gobMethodValues", rt)
			}
			if !rt.Implements(want[kind][0]) || !reflect.PointerTo(rt).Implements(want[kind][1]) {
				t.Errorf("%v lacks the methods of kind %d", rt, kind)
			}
		}
	}
}

// TestGobMethods encodes with the script's methods through the pool's
// stand-ins, and checks what a Go peer of types with the same methods
// decodes, the names of the descriptions, and the decoding back.
func TestGobMethods(t *testing.T) {
	type label struct{ S string }
	var buf bytes.Buffer
	enc := GobNewEncoder(&buf)
	val := label{"pythagoras"}
	if err := GobEncodeMethod(enc, gobKindBinary, "Vector", "main.Vector", false, func() ([]byte, error) { return []byte("3 4 5 " + val.S), nil }, nil); err != nil {
		t.Fatal(err)
	}
	if err := GobEncodeMethod(enc, gobKindGob, "Celsius", "main.Celsius", true, func() ([]byte, error) { return []byte("21.5C"), nil }, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := wireNames(t, buf.Bytes()), []string{"Vector", ""}; !slices.Equal(got, want) {
		t.Errorf("descriptions named %q, want %q", got, want)
	}
	stream := bytes.Clone(buf.Bytes())

	var peerV peerVector
	var peerC peerCelsius
	dec := gob.NewDecoder(bytes.NewReader(stream))
	if err := dec.Decode(&peerV); err != nil || peerV.s != "3 4 5 pythagoras" {
		t.Errorf("the Go peer decoded %q, %v", peerV.s, err)
	}
	if err := dec.Decode(&peerC); err != nil || peerC.s != "21.5C" {
		t.Errorf("the Go peer decoded %q, %v", peerC.s, err)
	}

	var got []string
	back := gob.NewDecoder(bytes.NewReader(stream))
	for _, kind := range []int{gobKindBinary, gobKindGob} {
		err := GobDecodeMethod(back, kind, "T", "main.T", func(b []byte) error { got = append(got, string(b)); return nil }, nil)
		if err != nil {
			t.Fatal(err)
		}
	}
	if !slices.Equal(got, []string{"3 4 5 pythagoras", "21.5C"}) {
		t.Errorf("the methods were handed %q", got)
	}
}

// Go's own types with gob's methods, for a peer.
type (
	peerVector  struct{ s string }
	peerCelsius struct{ s string }
)

func (v *peerVector) UnmarshalBinary(b []byte) error { v.s = string(b); return nil }
func (c *peerCelsius) GobDecode(b []byte) error      { c.s = string(b); return nil }

// TestGobWireConcurrent encodes from goroutines on encoders of their own
// and on one shared, as a server's connections do, and checks that each
// stream decodes (run with -race).
func TestGobWireConcurrent(t *testing.T) {
	tab := GobTypes([]benchMove(nil), "main.Move", "Move")
	shared := GobNewEncoder(io.Discard)
	done := make(chan error)
	for i := range 4 {
		go func() {
			var buf bytes.Buffer
			enc := GobNewEncoder(&buf)
			for j := range 20 {
				if err := GobEncode(enc, benchMove{"a", "b", i*100 + j}, tab); err != nil {
					done <- err
					return
				}
				if err := GobEncode(shared, benchMove{"c", "d", j}, tab); err != nil {
					done <- err
					return
				}
			}
			dec := gob.NewDecoder(&buf)
			for j := range 20 {
				var m benchMove
				if err := dec.Decode(&m); err != nil || m.Seq != i*100+j {
					done <- fmt.Errorf("decoded %+v, %v", m, err)
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestGobWireHeld encodes a value whose interface holds a registered type
// of the interpreter's making: gob describes it in the middle of the
// message that holds it, where the writer names it too, and the stream
// still decodes.
func TestGobWireHeld(t *testing.T) {
	str := reflect.TypeFor[string]()
	line := reflect.StructOf([]reflect.StructField{{Name: "HeldText", Type: str}})
	join := reflect.StructOf([]reflect.StructField{{Name: "HeldWho", Type: str}, {Name: "HeldLines", Type: reflect.SliceOf(line)}})
	env := reflect.StructOf([]reflect.StructField{{Name: "HeldSeq", Type: reflect.TypeFor[int]()}, {Name: "HeldPayload", Type: reflect.TypeFor[any]()}})
	gob.RegisterName("main.HeldJoin", reflect.Zero(join).Interface())
	nilOf := func(rt reflect.Type) any { return reflect.Zero(reflect.SliceOf(rt)).Interface() }
	tab := GobTypes(nilOf(line), "main.HeldLine", "HeldLine", nilOf(join), "main.HeldJoin", "HeldJoin", nilOf(env), "main.HeldEnvelope", "HeldEnvelope")

	j := reflect.New(join).Elem()
	j.Field(0).SetString("ann")
	v := reflect.New(env).Elem()
	v.Field(0).SetInt(1)
	v.Field(1).Set(j)
	var buf bytes.Buffer
	enc := GobNewEncoder(&buf)
	for range 2 {
		if err := GobEncode(enc, v.Interface(), tab); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"HeldEnvelope", "HeldJoin", "[]main.HeldLine", "HeldLine"} {
		if n := bytes.Count(buf.Bytes(), append([]byte{byte(len(name))}, name...)); n != 1 {
			t.Errorf("the stream names %s %d times, want once", name, n)
		}
	}
	if gw := gobWireOf(enc); gw == nil || gw.lost {
		t.Errorf("the writer lost its way")
	}
	dec := gob.NewDecoder(&buf)
	for range 2 {
		got := reflect.New(env)
		if err := dec.Decode(got.Interface()); err != nil {
			t.Fatal(err)
		}
		if p := got.Elem().Field(1).Elem(); !p.IsValid() || p.Field(0).String() != "ann" {
			t.Errorf("decoded %v", got.Elem())
		}
	}
}
