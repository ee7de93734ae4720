// difftest: same
package main

// The strings package's examples: Builder, Compare, Contains and its
// kin, Count, Cut, EqualFold, Fields and FieldsFunc, Index and its kin,
// Map with rot13, NewReplacer, Repeat, Split and its kin, Title-casing by
// hand, ToUpper, Trim and its kin.

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String(), b.Len())

	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("", ""), strings.ContainsAny("failure", "ui"), strings.ContainsRune("aardvark", 97))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	show := func(s, sep string) {
		before, after, found := strings.Cut(s, sep)
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "Badger")
	fmt.Println(strings.CutPrefix("Gopher", "Go"))
	fmt.Println(strings.EqualFold("Go", "GO"))
	fmt.Printf("Fields are: %q\n", strings.Fields("  foo bar  baz   "))
	f := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("Fields are: %q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasSuffix("Amigo", "go"))
	fmt.Println(strings.Index("chicken", "ken"), strings.IndexAny("golang", "y"), strings.IndexByte("golang", 'g'), strings.IndexRune("chicken", 'k'), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return unicode.Is(unicode.Han, c) }))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.ToUpper("Gopher"), strings.ToLower("Gopher"), strings.ToTitle("loud noises"))
	fmt.Print(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), "|", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), "|")
	fmt.Println(strings.TrimLeft("¡¡¡Hello!!!", "!¡"), strings.TrimPrefix("¡¡¡Hello!!!", "¡¡¡"), strings.TrimSuffix("Hello.go", ".go"))
	fmt.Println(strings.TrimFunc("123Hello456", unicode.IsDigit))
	words := strings.Fields("the go programming language")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	fmt.Println(strings.Join(words, " "))
}
