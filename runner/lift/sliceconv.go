package lift

import (
	"reflect"
	"unsafe"
)

// The interpreter converts a slice to an array, or to a pointer to one,
// through reflect, whose panic on a slice that is too short says
// "reflect: cannot convert slice with length 2 to array with length 4",
// a string, where Go raises the runtime error "cannot convert slice with
// length 2 to array or pointer to array with length 4", which a script
// can assert to runtime.Error. The rewrite (pass sliceconv) slices the
// operand from ArrayLen's result first: [4]byte(b) becomes
// [4]byte(b[lift.ArrayLen(len(b), 4):]), the same slice.

// ArrayLen checks the conversion of a slice of length n to an array, or
// a pointer to an array, of length want, and returns 0. Where the slice
// is too short it panics with Go's own runtime error.
func ArrayLen(n, want int) int {
	if n < want {
		panic(convertError(n, want))
	}
	return 0
}

// convertError returns the runtime error of a failed conversion of a
// slice of length n to an array of length want: compiled code fails one
// conversion of a constant length, and the copy of its error gets the
// lengths of the script's (the runtime's boundsError holds the array's
// as its field x, the slice's as y). Should the runtime's error have other fields, the
// compiled conversion's error is returned as it is.
func convertError(n, want int) any {
	r := failedConversion()
	v := reflect.ValueOf(r)
	if v.Kind() != reflect.Struct {
		return r
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	x, y := c.FieldByName("x"), c.FieldByName("y")
	if !x.IsValid() || !y.IsValid() || !x.CanInt() || !y.CanInt() {
		return r
	}
	reflect.NewAt(x.Type(), unsafe.Pointer(x.UnsafeAddr())).Elem().SetInt(int64(want))
	reflect.NewAt(y.Type(), unsafe.Pointer(y.UnsafeAddr())).Elem().SetInt(int64(n))
	return c.Interface()
}

// failedConversion returns what compiled code panics with when it
// converts a slice of length 0 to an array of length 1.
func failedConversion() (r any) {
	defer func() { r = recover() }()
	s := make([]struct{}, 0)
	_ = [1]struct{}(s)
	return nil
}
