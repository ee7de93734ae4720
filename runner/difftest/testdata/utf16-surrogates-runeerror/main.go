// difftest: same

package main

// unicode/utf16 round trips with surrogate pairs, utf8's encoding
// functions, RuneError in a range over an invalid string, and unicode's
// tables.

import (
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 🌍"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	u := utf16.Encode([]rune(s))
	fmt.Println(len(u), u[len(u)-2:], string(utf16.Decode(u)) == s)
	r1, r2 := utf16.EncodeRune('🌍')
	fmt.Printf("%U %x %x %v\n", '🌍', r1, r2, utf16.IsSurrogate(r1))
	b := utf8.AppendRune(nil, '界')
	r, size := utf8.DecodeRune(b)
	fmt.Printf("% x %c %d %d\n", b, r, size, utf8.RuneLen('é'))
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('é', unicode.Latin), unicode.IsSpace('\u00a0'), unicode.SimpleFold('K'))
	fmt.Printf("%q %+q %x\n", s, s, s[:3])
}
