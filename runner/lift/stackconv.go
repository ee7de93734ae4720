package lift

// stackBuf is the length of the buffer on its stack that a Go build
// converts a string into where the slice does not leave its function
// (runtime.tmpBuf, tmpStringBufSize): 32 bytes, or 32 runes.
const stackBuf = 32

// StackBytes converts s to a []byte as a Go build does where the slice
// does not leave its function and is written: into the 32-byte buffer on
// its stack (capacity 32, the rest zero) where s fits, else on the heap
// (capacity rounded up to the allocator's size class), so that an append
// shares the array, or copies it, where Go's does.
func StackBytes(s string) []byte {
	if len(s) > stackBuf {
		return []byte(s)
	}
	b := make([]byte, len(s), stackBuf)
	copy(b, s)
	return b
}

// StackRunes is StackBytes for a []rune: the buffer holds 32 runes.
func StackRunes(s string) []rune {
	n := 0
	for range s {
		n++
	}
	if n > stackBuf {
		return []rune(s)
	}
	r := make([]rune, 0, stackBuf)
	for _, c := range s {
		r = append(r, c)
	}
	return r
}

// StackConcat is StackBytes for a conversion of a concatenation
// ([]byte(a + b)), which a Go build makes in one step: an empty result is
// an empty slice of capacity 0, not the buffer.
func StackConcat(s string) []byte {
	if s == "" {
		return []byte{}
	}
	return StackBytes(s)
}

// StringBytes converts s to a []byte as a Go build does where the slice
// does not leave its function and is never written: it shares the
// string's bytes, so its capacity is its length.
func StringBytes(s string) []byte {
	b := []byte(s)
	return b[:len(s):len(s)]
}
