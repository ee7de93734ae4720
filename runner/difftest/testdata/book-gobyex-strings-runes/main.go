// difftest: same
package main

// Go by Example, Strings and Runes: the Thai greeting's bytes and runes,
// utf8.RuneCountInString, DecodeRuneInString by hand, and a switch on
// rune literals.

import (
	"fmt"
	"unicode/utf8"
)

func examineRune(r rune) {
	if r == 't' {
		fmt.Println("found tee")
	} else if r == 'ส' {
		fmt.Println("found so sua")
	}
}

func main() {
	const s = "สวัสดี"
	fmt.Println("Len:", len(s))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	fmt.Println("Rune count:", utf8.RuneCountInString(s))
	for idx, runeValue := range s {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	fmt.Println("\nUsing DecodeRuneInString")
	for i, w := 0, 0; i < len(s); i += w {
		runeValue, width := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%#U starts at %d\n", runeValue, i)
		w = width
		examineRune(runeValue)
	}
	fmt.Printf("%q %+q %x % x\n", s, s, s, "tea")
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[1:3]), string(rune(65)), utf8.ValidString("a\xffb"))
}
