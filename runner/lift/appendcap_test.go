package lift

import (
	"reflect"
	"testing"
	"unsafe"
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

// TestGrow checks that Grow leaves a slice with room as it is, the same
// array, and grows one without to the capacity of Go's append, its
// elements copied.
func TestGrow(t *testing.T) {
	for _, tt := range []struct{ len, cap, more int }{
		{0, 0, 1}, {3, 4, 1}, {4, 4, 1}, {4, 4, 3}, {17, 17, 1}, {5, 9, 4}, {5, 9, 5}, {300, 300, 1},
	} {
		s := make([]any, tt.len, tt.cap)
		for i := range s {
			s[i] = i
		}
		got := Grow(s, tt.more).([]any)
		want := append(s, make([]any, tt.more)...)[:tt.len]
		same := tt.len+tt.more <= tt.cap
		if len(got) != tt.len || cap(got) != cap(want) || tt.cap > 0 && (unsafe.SliceData(got) == unsafe.SliceData(s)) != same {
			t.Errorf("Grow(len %d cap %d, %d): len %d cap %d, same array %v; want len %d cap %d, same array %v",
				tt.len, tt.cap, tt.more, len(got), cap(got), !same, tt.len, cap(want), same)
		}
		for i := range got {
			if got[i] != i {
				t.Errorf("Grow(len %d cap %d, %d)[%d] = %v", tt.len, tt.cap, tt.more, i, got[i])
			}
		}
	}
}
