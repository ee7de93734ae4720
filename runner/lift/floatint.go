package lift

// The interpreter converts a float to a 32-bit integer through an int64,
// whose low bits it keeps: int32(3e9) is -1294967296 and int32(NaN) 0,
// where Go's conversion on amd64 gives -2147483648 for every value out of
// the int32's range, and uint32(1e19) 0. The spec leaves such results to
// the implementation; these conversions, compiled, give Go's (pass
// floatint of runner/rewrite routes the script's through them).

// FloatInt32 is int32(f), as Go converts it.
func FloatInt32(f float64) int32 { return int32(f) }

// FloatUint32 is uint32(f), as Go converts it.
func FloatUint32(f float64) uint32 { return uint32(f) }

// The interpreter converts an integer to float32 through a float64, which
// rounds a value past 2^53 once, then again to float32, where Go rounds it
// once: float32(1<<53 + 1<<29 + 1) is 9.0072e+15 built by Go, 9.007199e+15
// interpreted.

// Int64Float32 is float32(n), as Go converts it.
func Int64Float32(n int64) float32 { return float32(n) }

// Uint64Float32 is float32(n), as Go converts it.
func Uint64Float32(n uint64) float32 { return float32(n) }
