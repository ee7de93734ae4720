// difftest: same
// Strings, bytes and runes at their corners: invalid UTF-8, rune
// conversions, reversing by runes, splits of empty strings, case folding
// and the iterators of strings.
package main

import (
	"bytes"
	"fmt"
	"strings"
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
	s := "Hello, 世界!"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	fmt.Println(s[7:10], s[0], string(s[0]), s[len(s)-1:])
	fmt.Println(string(rune(0x4e16)), string(rune(-1)), string(rune(0xD800)) == "\uFFFD")
	bad := "a\xffb\xc0"
	fmt.Printf("%q %v %q\n", bad, utf8.ValidString(bad), strings.ToValidUTF8(bad, "?"))
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size, utf8.FullRune([]byte{0xe4, 0xb8}))
	b := []byte(s)
	b[0] = 'J'
	fmt.Println(string(b), s)
	fmt.Println(strings.Title("hello world"), strings.ToTitle("ǆ"), strings.ToUpper("ß straße"))
	fmt.Println(strings.Index("chicken", "dmr"), strings.IndexAny("golang", "ny"), strings.LastIndexByte("aXbX", 'X'))
	fmt.Println(strings.Split("", ","), len(strings.Split("", ",")), strings.Split("abc", ""), len(strings.Fields("")))
	fmt.Printf("%q\n", strings.SplitAfterN("1.2.3.4", ".", 3))
	fmt.Println(strings.Count("cheese", ""), strings.Repeat("-", 0) == "", strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.CutPrefix("v1.2", "v"))
	fmt.Println(strings.CutSuffix("file.go", ".rs"))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), string(bytes.Title([]byte("x y"))))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "ς"))
	fmt.Println(strings.ContainsFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }), strings.IndexFunc("  x", func(r rune) bool { return r != ' ' }))
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Clone("c"), strings.Join(nil, ","), "x"+string('y')+fmt.Sprint('z'))
	fmt.Printf("%s|%v|%q\n", []string{}, []string(nil), "")
	lines := strings.Split("a\nb\n", "\n")
	fmt.Println(len(lines), lines)
	for l := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	fmt.Println(strings.Compare("a", "a"), "a" < "b", "Z" < "a", "abc" > "ab")
}
