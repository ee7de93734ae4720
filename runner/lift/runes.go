package lift

import "unicode/utf8"

// A RuneAt is one iteration of a range loop over a string, as Go's loop
// gives it: the byte offset where the rune starts, and the rune.
type RuneAt struct {
	Pos  int
	Rune rune
}

// Runes returns the iterations of a range loop over s. The interpreter
// ranges over the string's conversion to []rune and takes each index as
// the length of the runes before it encoded again, so for i := range s
// gave 0, 1, 2 for "世界!" where Go gives 0, 3, 6, and an invalid byte,
// which decodes to utf8.RuneError of three bytes, moved the offsets after
// it by two (pass rangestring ranges over what Runes returns instead).
func Runes(s string) []RuneAt {
	out := make([]RuneAt, 0, utf8.RuneCountInString(s))
	for i, r := range s {
		out = append(out, RuneAt{i, r})
	}
	return out
}
