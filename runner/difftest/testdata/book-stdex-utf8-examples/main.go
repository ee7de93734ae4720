// difftest: same
package main

// The unicode/utf8 and unicode packages' examples: DecodeRune,
// DecodeLastRuneInString, EncodeRune, AppendRune, FullRune, RuneLen,
// RuneCount, Valid on bad bytes, and unicode's Is functions and case
// mapping over a mixed string.

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	b := []byte("Hello, 世界")
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Printf("%c %v\n", r, size)
		b = b[size:]
	}
	str := "Hello, 世界"
	for len(str) > 0 {
		r, size := utf8.DecodeLastRuneInString(str)
		fmt.Printf("%c %v\n", r, size)
		str = str[:len(str)-size]
	}
	r := '世'
	buf := make([]byte, 3)
	n := utf8.EncodeRune(buf, r)
	fmt.Println(buf, n)
	buf2 := utf8.AppendRune(nil, 0x10000)
	fmt.Println(buf2, utf8.FullRune([]byte{228, 184}), utf8.FullRune([]byte{228, 184, 150}))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('界'), utf8.RuneLen(-1))
	fmt.Println("bytes =", len("Hello, 世界"), "runes =", utf8.RuneCount([]byte("Hello, 世界")))
	fmt.Println(utf8.Valid([]byte("Hello, 世界")), utf8.Valid([]byte{0xff, 0xfe, 0xfd}), utf8.ValidRune(0xD800), utf8.RuneError)
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println()

	const mixed = "\b5Ὂg̀9! ℃ᾭG"
	for _, c := range mixed {
		fmt.Printf("For %q:", c)
		if unicode.IsControl(c) {
			fmt.Print(" control")
		}
		if unicode.IsDigit(c) {
			fmt.Print(" digit")
		}
		if unicode.IsGraphic(c) {
			fmt.Print(" graphic")
		}
		if unicode.IsLetter(c) {
			fmt.Print(" letter")
		}
		if unicode.IsLower(c) {
			fmt.Print(" lower")
		}
		if unicode.IsMark(c) {
			fmt.Print(" mark")
		}
		if unicode.IsNumber(c) {
			fmt.Print(" number")
		}
		if unicode.IsPunct(c) {
			fmt.Print(" punct")
		}
		if unicode.IsSpace(c) {
			fmt.Print(" space")
		}
		if unicode.IsSymbol(c) {
			fmt.Print(" symbol")
		}
		if unicode.IsTitle(c) {
			fmt.Print(" title")
		}
		if unicode.IsUpper(c) {
			fmt.Print(" upper")
		}
		fmt.Println()
	}
	const lcG = 'g'
	fmt.Printf("%#U %#U %#U\n", unicode.ToUpper(lcG), unicode.ToTitle(lcG), unicode.SimpleFold('A'))
	fmt.Println(unicode.In('é', unicode.Latin), unicode.Is(unicode.Han, '世'))
}
