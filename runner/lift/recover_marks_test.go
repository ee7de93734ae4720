package lift

import (
	"reflect"
	"runtime"
	"testing"
)

// TestNamedMarks checks that Recovered names, in Go's runtime errors, a
// struct type of the script that pass structmark marks, as Go names it,
// keeping the runtime error's type where Go's is the same, and leaves
// other runtime errors alone.
func TestNamedMarks(t *testing.T) {
	marked := reflect.StructOf([]reflect.StructField{{Name: "L", Type: reflect.TypeFor[[]int](), Tag: `socklab:"main.S·42"`}})
	plain := reflect.StructOf([]reflect.StructField{{Name: "L", Type: reflect.TypeFor[[]int]()}})
	compare := func(t reflect.Type) func() {
		return func() {
			a, b := reflect.Zero(t).Interface(), reflect.Zero(t).Interface()
			_ = a == b
		}
	}
	hash := func(t reflect.Type) func() {
		return func() {
			m := reflect.MakeMap(reflect.TypeFor[map[any]int]())
			m.SetMapIndex(reflect.Zero(t).Convert(reflect.TypeFor[any]()), reflect.ValueOf(1))
		}
	}
	lookup := func(t reflect.Type) func() {
		return func() {
			m := reflect.MakeMap(reflect.TypeFor[map[any]int]())
			m.MapIndex(reflect.Zero(t).Convert(reflect.TypeFor[any]()))
		}
	}
	goErr := goError(func() { var a, b any = []int{}, []int{}; _ = a == b })
	lookupErr := goError(lookup(plain))
	tests := []struct {
		name string
		fail func()
		want string
		typ  any // an error of the type Recovered gives
	}{
		{"== of a marked struct", compare(marked), "runtime error: comparing uncomparable type main.S", goErr},
		{"== of an unmarked struct", compare(plain), "runtime error: comparing uncomparable type struct { L []int }", goErr},
		{"a marked struct as a map's key", hash(marked), "runtime error: hash of unhashable type main.S", goErr},
		{"a marked struct looked up in an empty map", lookup(marked), "hash of unhashable type: main.S", RuntimeError("")},
		{"an unmarked struct looked up in an empty map", lookup(plain), "hash of unhashable type: struct { L []int }", lookupErr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := Recovered(goError(tt.fail)).(runtime.Error)
			if !ok {
				t.Fatalf("Recovered gave %v, not a runtime error", r)
			}
			if r.Error() != tt.want {
				t.Errorf("Recovered = %q, want %q", r.Error(), tt.want)
			}
			if reflect.TypeOf(r) != reflect.TypeOf(tt.typ) {
				t.Errorf("Recovered's type is %T, want %T", r, tt.typ)
			}
		})
	}
}
