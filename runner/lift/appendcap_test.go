package lift

import (
	"reflect"
	"testing"
)

// grownCap is the capacity a compiled append of T gives a slice of
// capacity oldCap grown to newLen elements.
func grownCap[T any](oldCap, newLen int) int {
	s := make([]T, oldCap)
	more := make([]T, newLen-oldCap)
	return cap(append(s, more...))
}

// TestAppendCap checks AppendCap against compiled appends of types of the
// sizes and pointers that slices of a script's interfaces have in a Go
// build (an interface; a struct with an int and one; two; four and an
// int), and of types without pointers, one element at a time and several
// at once, past the allocator's header and the 1.25 growth.
func TestAppendCap(t *testing.T) {
	type rule struct {
		Min int
		A   any
	}
	type wide struct {
		A, B, C, D any
		N          int
	}
	type flat struct{ A, B, C int }
	for _, tt := range []struct {
		name     string
		elem     reflect.Type
		grown    func(oldCap, newLen int) int
		pointers bool
	}{
		{"interface", reflect.TypeFor[any](), grownCap[any], true},
		{"struct with one", reflect.TypeFor[rule](), grownCap[rule], true},
		{"array of two", reflect.TypeFor[[2]any](), grownCap[[2]any], true},
		{"fifty-six bytes", reflect.TypeFor[wide](), grownCap[wide], true},
		{"no pointers", reflect.TypeFor[flat](), grownCap[flat], false},
		{"a byte", reflect.TypeFor[byte](), grownCap[byte], false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			size := int(tt.elem.Size())
			for _, oldCap := range []int{0, 1, 2, 3, 5, 8, 16, 17, 31, 100, 255, 256, 257, 600, 5000} {
				for _, more := range []int{1, 2, 3, 7, 17, 40, 1000} {
					newLen := oldCap + more
					if got, want := AppendCap(oldCap, newLen, size, tt.pointers), tt.grown(oldCap, newLen); got != want {
						t.Errorf("AppendCap(%d, %d, %d, %v) = %d, want %d", oldCap, newLen, size, tt.pointers, got, want)
					}
				}
				if got := AppendCap(oldCap, oldCap, size, tt.pointers); got != oldCap {
					t.Errorf("AppendCap(%d, %d) without growing = %d, want %d", oldCap, oldCap, got, oldCap)
				}
			}
		})
	}
}

// BenchmarkAppendCap measures a growth that AppendCap has answered before
// and one it has not (a length of its own each time, past those it keeps).
func BenchmarkAppendCap(b *testing.B) {
	b.Run("seen", func(b *testing.B) {
		for b.Loop() {
			AppendCap(16, 17, 16, true)
		}
	})
	b.Run("new", func(b *testing.B) {
		n := 0
		for b.Loop() {
			n++
			AppendCap(16, 17+n%100000, 16, true)
		}
	})
}
