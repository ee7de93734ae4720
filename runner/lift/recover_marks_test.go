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
	goErr := goError(func() { var a, b any = []int{}, []int{}; _ = a == b })
	tests := []struct {
		name string
		fail func()
		want string
	}{
		{"== of a marked struct", compare(marked), "runtime error: comparing uncomparable type main.S"},
		{"== of an unmarked struct", compare(plain), "runtime error: comparing uncomparable type struct { L []int }"},
		{"a marked struct as a map's key", hash(marked), "runtime error: hash of unhashable type main.S"},
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
			if reflect.TypeOf(r) != reflect.TypeOf(goErr) {
				t.Errorf("Recovered's type is %T, want Go's %T", r, goErr)
			}
		})
	}
}
