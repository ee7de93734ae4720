package lift

import (
	"runtime"
	"testing"
)

// TestShiftCount checks that a count of zero or more passes as it is and
// that a negative one panics with Go's runtime error.
func TestShiftCount(t *testing.T) {
	for _, n := range []int64{0, 3, 64, 1 << 40} {
		if got := ShiftCount(n); got != uint64(n) {
			t.Errorf("ShiftCount(%d) = %d", n, got)
		}
	}
	defer func() {
		err, ok := recover().(runtime.Error)
		if !ok || err.Error() != "runtime error: negative shift amount" {
			t.Errorf("ShiftCount(-1) panicked with %v, want Go's negative shift amount", err)
		}
	}()
	ShiftCount(-1)
	t.Error("ShiftCount(-1) did not panic")
}
