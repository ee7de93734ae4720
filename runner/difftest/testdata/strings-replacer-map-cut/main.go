// difftest: same

package main

// strings: a Replacer for HTML, Map dropping runes, EqualFold, Title,
// FieldsFunc, Cut, CutPrefix, Count, SplitAfterN and TrimFunc.

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "h3ll0 w0rld"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Title("hello world"), strings.ToTitle("ǆ"))
	f := strings.FieldsFunc("a1b22c333", unicode.IsDigit)
	fmt.Println(f, len(f))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("GET /index", "GET ")
	fmt.Println(s, ok)
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndexAny("golang", "go"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	fmt.Println(strings.Repeat("ab", 3), strings.TrimFunc("¡¡Hola!!", unicode.IsPunct))
}
