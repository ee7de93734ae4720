package lift

import "reflect"

// The interpreter indexes and slices through reflect, whose panic says
// "reflect: slice index out of range" where Go's says "index out of range
// [5] with length 2", in a runtime error a script can assert to
// runtime.Error. Where a recover() of the script could see such a panic
// and the marks cannot give Go's detail (runner/diag), the rewrite
// (runner/rewrite, pass bounds) routes the index or a bound of the
// expression through one of these checks: each returns its first
// argument, the script's own expression, when the expression is in
// bounds, and otherwise panics with Go's own runtime error, which it gets
// by making the same failing index or slice expression in compiled code.
// The other arguments are copies of operands the interpreter has already
// evaluated: the length or capacity of the operand, the other bounds.

// Index checks the index i of an operand of length n.
func Index(i, n int) int {
	if uint(i) >= uint(n) {
		indexFails(i, n)
	}
	return i
}

// IndexUint checks the index i, of an unsigned type that can hold values
// past the largest int, of an operand of length n.
func IndexUint(i uint64, n int) int {
	if i >= uint64(n) {
		indexUintFails(i, n)
	}
	return int(i)
}

// SliceHigh checks s[lo:hi] of a slice of capacity c, and returns hi.
func SliceHigh(hi, lo, c int) int {
	if uint(hi) > uint(c) || uint(lo) > uint(hi) {
		sliceFails(lo, hi, c)
	}
	return hi
}

// SliceLow is SliceHigh for a low bound that is the script's expression.
func SliceLow(lo, hi, c int) int {
	SliceHigh(hi, lo, c)
	return lo
}

// StringHigh checks s[lo:hi] of a string or an array of length n, and
// returns hi.
func StringHigh(hi, lo, n int) int {
	if uint(hi) > uint(n) || uint(lo) > uint(hi) {
		stringFails(lo, hi, n)
	}
	return hi
}

// StringLow is StringHigh for a low bound that is the script's
// expression.
func StringLow(lo, hi, n int) int {
	StringHigh(hi, lo, n)
	return lo
}

// SliceFrom checks s[lo:] of an operand of length n, and returns lo.
func SliceFrom(lo, n int) int {
	if uint(lo) > uint(n) {
		sliceFails(lo, n, n)
	}
	return lo
}

// Slice3 checks s[lo:hi:max] of a slice of capacity c, and returns the
// bound at (0 for lo, 1 for hi, 2 for max), which v is: the script's
// expression there, evaluated once.
func Slice3(v, at, lo, hi, max, c int) int {
	switch at {
	case 0:
		lo = v
	case 1:
		hi = v
	default:
		max = v
	}
	if uint(max) > uint(c) || uint(hi) > uint(max) || uint(lo) > uint(hi) {
		slice3Fails(lo, hi, max, c)
	}
	return v
}

// The failing operations run on operands of zero-size elements, which
// cost no memory: Go checks the bounds as it does for the script's.

func indexFails(i, n int) {
	_ = make([]struct{}, n)[i]
}

func indexUintFails(i uint64, n int) {
	_ = make([]struct{}, n)[i]
}

func sliceFails(lo, hi, c int) {
	_ = make([]struct{}, c)[lo:hi]
}

func slice3Fails(lo, hi, max, c int) {
	_ = make([]struct{}, c)[lo:hi:max]
}

// stringFails slices a string of length n, for Go's message about a
// length rather than a capacity; it is made only to fail.
func stringFails(lo, hi, n int) {
	_ = string(make([]byte, n))[lo:hi]
}

// boundsSymbols are the checks, for Symbols.
func boundsSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Index": reflect.ValueOf(Index), "IndexUint": reflect.ValueOf(IndexUint), "ArrayLen": reflect.ValueOf(ArrayLen),
		"SliceHigh": reflect.ValueOf(SliceHigh), "SliceLow": reflect.ValueOf(SliceLow),
		"StringHigh": reflect.ValueOf(StringHigh), "StringLow": reflect.ValueOf(StringLow),
		"SliceFrom": reflect.ValueOf(SliceFrom), "Slice3": reflect.ValueOf(Slice3),
	}
}
