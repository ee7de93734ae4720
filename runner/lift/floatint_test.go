package lift

import (
	"math"
	"testing"
)

// TestFloatConversions checks the compiled conversions against Go's own
// for values where the interpreter's differ.
func TestFloatConversions(t *testing.T) {
	n := int64(1)<<53 + 1<<29 + 1
	if got := FloatInt32(math.Inf(1)); got != math.MinInt32 {
		t.Errorf("FloatInt32(+Inf) = %d", got)
	}
	if got := FloatUint32(1e19); got != 0 {
		t.Errorf("FloatUint32(1e19) = %d", got)
	}
	if got := Int64Float32(n); got != float32(1<<53+1<<30) {
		t.Errorf("Int64Float32(%d) = %v", n, got)
	}
	if got := Uint64Float32(uint64(n)); got != float32(1<<53+1<<30) {
		t.Errorf("Uint64Float32(%d) = %v", n, got)
	}
}
