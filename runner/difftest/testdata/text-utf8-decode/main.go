// difftest: same

// A string with accents, CJK and an invalid byte: its length in bytes and
// runes, DecodeRuneInString, unicode's classes, AppendRune, ToUpper of ß.

package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界!\xff"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c(%d) ", i, r, size)
		i += size
	}
	fmt.Println()
	var up, low, punct, other int
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
	}
	fmt.Println(up, low, punct, other)
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, utf8.RuneLen('é'), string(rune(65)), string([]rune{72, 105}))
	fmt.Println(unicode.ToUpper('ß'), string(unicode.ToTitle('ǆ')), unicode.In('世', unicode.Han))
}
