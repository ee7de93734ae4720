// difftest: same
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if r > 127 {
			fmt.Printf("%d:%c(%U) ", i, r, r)
		}
	}
	fmt.Println()
	fmt.Println(reverse(s))
	fmt.Println(strings.ToUpper(s), strings.IndexRune(s, '世'))
	b := []byte(s)
	fmt.Println(b[1], string(b[1:3]), s[0], string(s[0]))
	letters, spaces := 0, 0
	for _, r := range "Go is fun 123" {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(letters, spaces)
	fmt.Println(utf8.ValidString("ok"), utf8.RuneLen('界'))
}
