package lift

import (
	"runtime"
	"testing"
)

// TestAssignKey checks that AssignKey passes on a key a map can hash and
// panics, for one it cannot, with Go's error of assigning it.
func TestAssignKey(t *testing.T) {
	type withAny struct{ V any }
	tests := []struct {
		name string
		key  any
		want string // the panic's message; "" for none
	}{
		{"nil", nil, ""},
		{"an int", 1, ""},
		{"a struct of comparable fields", struct{ A, B int }{1, 2}, ""},
		{"a struct holding a comparable value in an interface", withAny{"s"}, ""},
		{"an array of interfaces holding ints", [2]any{1, 2}, ""},
		{"a slice", []int{1}, "runtime error: hash of unhashable type []int"},
		{"a map", map[string]int{}, "runtime error: hash of unhashable type map[string]int"},
		{"a function", func() {}, "runtime error: hash of unhashable type func()"},
		{"a struct holding a slice in an interface", withAny{[]byte{}}, "runtime error: hash of unhashable type []uint8"},
		{"an array holding a map in an interface", [1]any{map[int]int{}}, "runtime error: hash of unhashable type map[int]int"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			func() {
				defer func() {
					if r := recover(); r != nil {
						err, ok := r.(runtime.Error)
						if !ok {
							t.Fatalf("AssignKey panicked with %v, not a runtime error", r)
						}
						got = err.Error()
					}
				}()
				AssignKey(tt.key)
			}()
			if got != tt.want {
				t.Errorf("AssignKey panicked with %q, want %q", got, tt.want)
			}
		})
	}
}
