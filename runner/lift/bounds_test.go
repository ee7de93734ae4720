package lift

import (
	"fmt"
	"testing"
)

// caught runs f and returns what it panicked with, as %T and %v, or "".
func caught(f func()) (got string) {
	defer func() {
		if r := recover(); r != nil {
			got = fmt.Sprintf("%T %v", r, r)
		}
	}()
	f()
	return ""
}

// TestChecksFailAsGo runs each check and the index or slice expression it
// stands for on a real operand: both must panic with the same runtime
// error, or neither.
func TestChecksFailAsGo(t *testing.T) {
	s := make([]int, 3, 5)
	str := "hello"
	var arr [4]byte
	var big uint64 = 1 << 63
	tests := []struct {
		name        string
		check, real func()
	}{
		{"index in range", func() { Index(2, len(s)) }, func() { _ = s[2] }},
		{"index past the length", func() { Index(3, len(s)) }, func() { _ = s[3] }},
		{"negative index", func() { Index(-1, len(s)) }, func() { i := -1; _ = s[i] }},
		{"index of a string", func() { Index(9, len(str)) }, func() { i := 9; _ = str[i] }},
		{"unsigned index past any int", func() { IndexUint(big, len(s)) }, func() { _ = s[big] }},
		{"high bound past the capacity", func() { SliceHigh(6, 0, cap(s)) }, func() { h := 6; _ = s[:h] }},
		{"high bound within the capacity", func() { SliceHigh(5, 1, cap(s)) }, func() { h := 5; _ = s[1:h] }},
		{"low bound past the high", func() { SliceHigh(1, 2, cap(s)) }, func() { l, h := 2, 1; _ = s[l:h] }},
		{"negative high bound", func() { SliceHigh(-1, 0, cap(s)) }, func() { h := -1; _ = s[:h] }},
		{"low bound checked, the high one bad", func() { SliceLow(0, 7, cap(s)) }, func() { h := 7; _ = s[0:h] }},
		{"high bound of a string", func() { StringHigh(6, 0, len(str)) }, func() { h := 6; _ = str[:h] }},
		{"low past high of a string", func() { StringLow(3, 2, len(str)) }, func() { l, h := 3, 2; _ = str[l:h] }},
		{"high bound of an array", func() { StringHigh(5, 0, len(arr)) }, func() { h := 5; _ = arr[:h] }},
		{"low bound past the length", func() { SliceFrom(4, len(s)) }, func() { l := 4; _ = s[l:] }},
		{"low bound past a string", func() { SliceFrom(6, len(str)) }, func() { l := 6; _ = str[l:] }},
		{"negative low bound", func() { SliceFrom(-2, len(s)) }, func() { l := -2; _ = s[l:] }},
		{"max past the capacity", func() { Slice3(6, 2, 0, 1, 0, cap(s)) }, func() { m := 6; _ = s[0:1:m] }},
		{"high past max", func() { Slice3(4, 1, 0, 0, 3, cap(s)) }, func() { h := 4; _ = s[0:h:3] }},
		{"low past high, three bounds", func() { Slice3(2, 0, 0, 1, 3, cap(s)) }, func() { l := 2; _ = s[l:1:3] }},
		{"three bounds in range", func() { Slice3(1, 0, 0, 2, 5, cap(s)) }, func() { l := 1; _ = s[l:2:5] }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := caught(tt.check), caught(tt.real)
			if got != want {
				t.Errorf("check panics with %q, Go with %q", got, want)
			}
		})
	}
}

// TestChecksReturnTheirBound checks that each check hands back the
// script's expression it wraps.
func TestChecksReturnTheirBound(t *testing.T) {
	for _, tt := range []struct {
		name      string
		got, want int
	}{
		{"Index", Index(2, 3), 2},
		{"IndexUint", IndexUint(1, 3), 1},
		{"SliceHigh", SliceHigh(3, 1, 5), 3},
		{"SliceLow", SliceLow(1, 3, 5), 1},
		{"StringHigh", StringHigh(2, 0, 2), 2},
		{"StringLow", StringLow(0, 2, 2), 0},
		{"SliceFrom", SliceFrom(2, 2), 2},
		{"Slice3 at max", Slice3(4, 2, 0, 1, 0, 5), 4},
		{"Slice3 at low", Slice3(1, 0, 0, 2, 3, 5), 1},
	} {
		if tt.got != tt.want {
			t.Errorf("%s returned %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}
