// difftest: same
package main

// Strings are bytes: s[i] is a byte printed as a number, len counts UTF-8
// bytes, slicing cuts a rune in half, range yields runes with byte
// offsets, and []rune gives the count a student expects; reversing by
// bytes breaks accents.

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	fmt.Println(s[0], s[1], string(s[1]), s[1:2], s[:2])
	fmt.Printf("%c %q %x %v\n", s[0], s[1], s[1], s[1] == 'é')
	for i, r := range s {
		if r > 127 {
			fmt.Print(i, ":", string(r), "(", r, ") ")
		}
	}
	fmt.Println()
	for i := 0; i < 4; i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%q\n", reverseBytes("héllo"))
	fmt.Println(reverseRunes("héllo"), utf8.ValidString(reverseBytes("héllo")))
	bad := s[1:2]
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError, string(r))
	}
	fmt.Println(strings.Index(s, "世"), strings.IndexRune(s, 'l'), strings.ToUpper(s))
	b := s[0] + 1
	c := 'a' + 1
	fmt.Println(b, c, string(rune(b)), fmt.Sprint('x'))
	fmt.Println(strings.Count(s, ""), strings.Split("a,b,,c", ","), len(strings.Split("", ",")))
	var sb strings.Builder
	for _, r := range "abc" {
		sb.WriteByte(byte(r) - 32)
	}
	fmt.Println(sb.String(), s[len(s)-3:])
}
