package lift

// ShiftCount returns the count n of a shift whose count is a signed
// integer, for the interpreter, which shifts by a negative count as by a
// large one where Go panics: a negative n panics with Go's own runtime
// error ("negative shift amount"), which a shift in compiled code makes.
func ShiftCount(n int64) uint64 {
	if n < 0 {
		var one int64 = 1
		_ = one << n
	}
	return uint64(n)
}
