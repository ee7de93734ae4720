package lift

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
)

// TestJSONGrown checks that jsonGrown leaves a slice of the capacity
// that Go's decoder gives it, decoding an array of n elements into it,
// for elements of several sizes and pointers, from nil and from slices
// made beforehand.
func TestJSONGrown(t *testing.T) {
	type small struct{ A, B, C int16 }
	type pointers struct {
		P *int
		B [5]byte
	}
	type wide struct {
		A [3]int64
		S string
	}
	for _, tt := range []struct {
		name string
		elem reflect.Type
		json string // one element
	}{
		{"int8", reflect.TypeFor[int8](), "0"},
		{"int", reflect.TypeFor[int](), "0"},
		{"six bytes", reflect.TypeFor[small](), "{}"},
		{"a pointer and bytes", reflect.TypeFor[pointers](), "{}"},
		{"forty bytes", reflect.TypeFor[wide](), "{}"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := reflect.SliceOf(tt.elem)
			for _, start := range [][2]int{{-1, -1}, {0, 0}, {0, 3}, {2, 5}} {
				for _, n := range []int{1, 2, 3, 6, 9, 17, 40, 129} {
					made := func() reflect.Value {
						p := reflect.New(st)
						if start[0] >= 0 {
							p.Elem().Set(reflect.MakeSlice(st, start[0], start[1]))
						}
						return p
					}
					want := made()
					in := "[" + strings.TrimSuffix(strings.Repeat(tt.json+",", n), ",") + "]"
					if err := json.Unmarshal([]byte(in), want.Interface()); err != nil {
						t.Fatal(err)
					}
					dst := made().Elem()
					if n <= dst.Cap() {
						continue
					}
					got := jsonGrown(dst, n)
					if got.Len() != n || got.Cap() != want.Elem().Cap() {
						t.Errorf("from %v to %d: len %d cap %d, want len %d cap %d", start, n, got.Len(), got.Cap(), n, want.Elem().Cap())
					}
				}
			}
		})
	}
}

// TestGoLayout checks that goLayout gives the interpreter's struct that
// holds an interface of the script's Go's size, and that jsonGrown grows
// a slice of it as Go's decoder grows Go's.
func TestGoLayout(t *testing.T) {
	i := interp.New(interp.Options{})
	if _, err := i.Eval(`
type Alarm interface{ Fire() bool }
type Rule struct {
	Min   int8
	Alarm Alarm
	Keys  [2]Alarm
}`); err != nil {
		t.Fatal(err)
	}
	v, err := i.Eval("Rule{}")
	if err != nil {
		t.Fatal(err)
	}
	type goRule struct {
		Min   int8
		Alarm any
		Keys  [2]any
	}
	rt := v.Type()
	if goLayout(rt).Size() != reflect.TypeFor[goRule]().Size() {
		t.Fatalf("goLayout of %v: size %d, want Go's %d (the interpreter's is %d)", rt, goLayout(rt).Size(), reflect.TypeFor[goRule]().Size(), rt.Size())
	}
	for _, n := range []int{1, 3, 5, 11, 30} {
		var want []goRule
		in := "[" + strings.TrimSuffix(strings.Repeat(`{"Min":1},`, n), ",") + "]"
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatal(err)
		}
		got := jsonGrown(reflect.Zero(reflect.SliceOf(rt)), n)
		if got.Len() != n || got.Cap() != cap(want) {
			t.Errorf("%d rules: len %d cap %d, want len %d cap %d", n, got.Len(), got.Cap(), n, cap(want))
		}
	}
	for _, plain := range []reflect.Type{reflect.TypeFor[int](), reflect.TypeFor[goRule](), reflect.TypeFor[[4]string]()} {
		if goLayout(plain) != plain {
			t.Errorf("goLayout(%v) = %v, want it as it is", plain, goLayout(plain))
		}
	}
}
