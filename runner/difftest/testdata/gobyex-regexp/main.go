// difftest: same
package main

// Go by Example, Regular Expressions: matching, finding with indexes and
// submatches, named groups, replacing with a function, and splitting.

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)

	r, _ := regexp.Compile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))

	r = regexp.MustCompile("p([a-z]+)ch")
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))

	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("released on 2024-08-13, patched 2024-09-05")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println(date.SubexpIndex("month"), date.NumSubexp())
	fmt.Println(date.ReplaceAllString("2024-08-13", "${day}/${month}/${year}"))
	fmt.Println(date.ReplaceAllLiteralString("2024-08-13", "${day}"))

	words := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("%q\n", words.Split("a , b;c ;  d", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	title := regexp.MustCompile(`\b(\w)(\w*)\b`)
	fmt.Println(title.ReplaceAllStringFunc("hello big world", func(w string) string {
		return strings.ToUpper(w[:1]) + w[1:]
	}))
	_, err := regexp.Compile(`x{2,1}`)
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(`)
}
