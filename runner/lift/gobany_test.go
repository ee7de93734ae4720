package lift

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// gobAnyScript declares a type with methods, which the interpreter hands
// compiled code in a wrapper of its own where an interface holds it.
const gobAnyScript = `package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"reflect"
	"socklab/lift"
)

type Point struct{ X, Y int }

func (p Point) String() string { return "point" }

type Node struct{ Tag string }

func (n *Node) Label() string { return n.Tag }

type Box struct {
	V any
	L []any
}

func init() {
	gob.RegisterName("lifttest.Point", Point{})
	gob.RegisterName("*lifttest.Node", &Node{})
}

// roundTrip encodes in and decodes it into out, passed as any,
// with GobEncodeAny and GobDecodeAny where unwrap, else GobEncode and
// GobDecode.
func roundTrip(in, out any, unwrap bool) string {
	var buf bytes.Buffer
	enc, dec := gob.NewEncoder(&buf), gob.NewDecoder(&buf)
	encode, decode := lift.GobEncode, lift.GobDecode
	if unwrap {
		encode, decode = lift.GobEncodeAny, lift.GobDecodeAny
	}
	if err := encode(enc, in, nil); err != nil {
		return "encode: " + err.Error()
	}
	if err := decode(dec, out, nil); err != nil {
		return "decode: " + err.Error()
	}
	return ""
}

func Field(unwrap bool) string {
	var b Box
	if msg := roundTrip(Box{V: Point{1, 2}}, &b, unwrap); msg != "" {
		return msg
	}
	p, ok := b.V.(Point)
	return fmt.Sprint(p.X, p.Y, ok, b.V == Point{1, 2})
}

func Map(unwrap bool) string {
	var m map[string]any
	if msg := roundTrip(map[string]any{"p": Point{3, 4}, "n": &Node{"a"}}, &m, unwrap); msg != "" {
		return msg
	}
	n, ok := m["n"].(*Node)
	return fmt.Sprint(m["p"] == Point{3, 4}, ok && n.Label() == "a")
}

func Slice(unwrap bool) string {
	var b Box
	if msg := roundTrip(Box{L: []any{Point{5, 6}, 7, "x"}}, &b, unwrap); msg != "" {
		return msg
	}
	return fmt.Sprint(len(b.L), b.L[0] == Point{5, 6}, b.L[1] == 7, b.L[2] == "x")
}

func Deep(unwrap bool) string {
	eq := reflect.DeepEqual
	if unwrap {
		eq = lift.DeepEqual
	}
	a, b := map[string]any{"p": Point{1, 2}}, map[string]any{"p": Point{1, 2}}
	c, d := []any{&Node{"a"}, 1}, []any{&Node{"a"}, 1}
	return fmt.Sprint(eq(a, b), eq(c, d), eq(a, map[string]any{"p": Point{2, 1}}), eq(c, []any{&Node{"b"}, 1}))
}

func Top(unwrap bool) string {
	n := &Node{}
	if msg := roundTrip(&Node{"c"}, n, unwrap); msg != "" {
		return msg
	}
	return n.Label()
}
`

// TestGobEncodeAny runs, in the interpreter, gob round trips of values
// of a script's type with methods held in interfaces: GobEncode and
// GobDecode fail on the interpreter's wrapper, GobEncodeAny and
// GobDecodeAny decode them as Go does.
//
// So too DeepEqual: reflect.DeepEqual finds no two wrappers equal.
func TestGobEncodeAny(t *testing.T) {
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(Symbols()); err != nil {
		t.Fatal(err)
	}
	if _, err := i.Eval(gobAnyScript); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		fn, want, without string
	}{
		{"Field", "1 2 true true", "encode: gob: type not registered for interface: interp.valueInterface"},
		{"Map", "true true", "encode: gob: type not registered for interface: interp.valueInterface"},
		{"Slice", "3 true true true", "encode: gob: type not registered for interface: interp.valueInterface"},
		{"Deep", "true true false false", "false false false false"},
		{"Top", "c", "encode: gob: type interp.valueInterface has no exported fields"},
	} {
		t.Run(tt.fn, func(t *testing.T) {
			v, err := i.Eval("main." + tt.fn)
			if err != nil {
				t.Fatal(err)
			}
			f := v.Interface().(func(bool) string)
			if got := f(true); got != tt.want {
				t.Errorf("lifted: got %q, want %q", got, tt.want)
			}
			if got := f(false); !strings.Contains(got, tt.without) {
				t.Errorf("not lifted: got %q, want %q (does the interpreter still wrap?)", got, tt.without)
			}
		})
	}
}

// TestGobAnyUnchanged checks that GobAny hands back what holds no
// wrapper as it is, not a copy.
func TestGobAnyUnchanged(t *testing.T) {
	m := map[string]any{"n": 1, "s": []any{"x", 2.5}}
	if got := GobAny(m); reflect.ValueOf(got).Pointer() != reflect.ValueOf(m).Pointer() {
		t.Errorf("GobAny copied a map with no wrapper in it")
	}
	s := []any{1, map[string]any{"k": "v"}}
	if got := GobAny(s); reflect.ValueOf(got).Pointer() != reflect.ValueOf(s).Pointer() {
		t.Errorf("GobAny copied a slice with no wrapper in it")
	}
	if got := GobAny(nil); got != nil {
		t.Errorf("GobAny(nil) = %v", got)
	}
}

// TestGobRegister checks that GobRegister names a type of the table as
// Go names it, on the wire too, and any other type as gob.Register does.
func TestGobRegister(t *testing.T) {
	type regNamed struct{ RegA, RegB int }
	type regOther struct{ RegC string }
	type holder struct{ V any }
	names := GobNamesOf([]regNamed(nil), "lifttest.regNamed", "not a slice", "x")
	GobRegister(any(regNamed{}), names)
	GobRegister(regOther{}, nil)
	for _, tt := range []struct {
		v    any
		name string
	}{
		{regNamed{1, 2}, "lifttest.regNamed"},
		{regOther{"c"}, reflect.TypeFor[regOther]().String()},
	} {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(holder{tt.v}); err != nil {
			t.Fatalf("%T: %v", tt.v, err)
		}
		if !bytes.Contains(buf.Bytes(), []byte(tt.name)) {
			t.Errorf("%T went on the wire without the name %q", tt.v, tt.name)
		}
		var h holder
		if err := gob.NewDecoder(&buf).Decode(&h); err != nil || h.V != tt.v {
			t.Errorf("%T: decoded %v, %v", tt.v, h.V, err)
		}
	}
}
