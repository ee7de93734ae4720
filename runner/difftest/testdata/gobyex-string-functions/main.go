// difftest: same
package main

// Go by Example, String Functions, with the strings package's own examples
// of Builder, Replacer, Cut, Map and FieldsFunc.

import (
	"fmt"
	s "strings"
	"unicode"
)

var p = fmt.Println

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Title-ish: ", s.ToTitle("loud"), s.EqualFold("Go", "GO"))
	p("LastIndex: ", s.LastIndex("go gopher", "go"), s.IndexAny("golang", "ny"), s.IndexByte("golang", 'l'))
	p("Trim:      ", s.Trim("!!hi!!", "!"), s.TrimLeft("xxhix", "x"), s.TrimSpace("\t hi \n"))
	p("TrimPrefix:", s.TrimPrefix("prefix-body", "prefix-"), s.TrimFunc("123abc456", unicode.IsDigit))
	p("SplitN:    ", s.SplitN("a,b,c,d", ",", 2), len(s.SplitAfter("a,b,c", ",")))

	before, after, found := s.Cut("key=value=more", "=")
	fmt.Printf("Cut: %q %q %v\n", before, after, found)
	rest, ok := s.CutPrefix("GET /index.html", "GET ")
	fmt.Println(rest, ok)

	fmt.Printf("Fields are: %q\n", s.Fields("  foo bar  baz   "))
	f := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("FieldsFunc: %q\n", s.FieldsFunc("  foo1;bar2,baz3...", f))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	p(s.Map(rot13, "'Twas brillig and the slithy gopher..."))

	r := s.NewReplacer("<", "&lt;", ">", "&gt;")
	p(r.Replace("This is <b>HTML</b>!"))

	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	p(b.String(), b.Len())
	p(s.Compare("a", "b"), s.ContainsRune("abc", 'b'), s.ContainsAny("hello", "xyz"))
	p(s.Title("hello world"), s.ToValidUTF8("a\xffb", "?"), s.LastIndexByte("abcabc", 'b'))
}
