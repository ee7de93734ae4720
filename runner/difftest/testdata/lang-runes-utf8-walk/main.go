// difftest: same
package main

// Strings, bytes and runes: ranging over a string with multi-byte and
// invalid bytes, utf8 counting and decoding from both ends, []rune and
// []byte conversions, string(rune) and strconv for code points, %q %+q
// %x %U %c on runes and strings, strings.Map, and reversing by runes.

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
	s := "héllo, 世界!\xff\xfeok"
	for i, r := range s {
		fmt.Printf("%d:%q(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), len([]rune(s)))
	for b := []byte(s); len(b) > 0; {
		r, size := utf8.DecodeLastRune(b)
		fmt.Printf("%c/%d ", r, size)
		b = b[:len(b)-size]
	}
	fmt.Println()
	fmt.Printf("%q\n%+q\n%x\n% X\n", s, s, s[:6], "世")
	fmt.Printf("%U %#U %c %d %q\n", '世', '界', 0x1F600, 'A', rune(0x7f))
	fmt.Println(string(rune(65)), string(rune(-1)) == "\uFFFD", []byte("é"), []rune("é"))
	up := strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		case unicode.IsSpace(r):
			return -1
		}
		return r
	}, "Hello Wörld ÀÉ")
	fmt.Println(up, reverse("añb世"), reverse(s[:8]))
	var buf []byte
	for _, r := range []rune{'a', 'é', '世', utf8.MaxRune + 1} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Println(buf, utf8.Valid(buf), string(buf))
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs), s[1], s[1:3], string(s[1]))
	count := map[bool]int{}
	for _, r := range "Go Gophers 123" {
		count[unicode.IsLetter(r)]++
	}
	fmt.Println(count)
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexByte("golang", 'l'), strings.ContainsRune("abc", 'c'))
	fmt.Println(strings.ToTitle("ǆ"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
}
