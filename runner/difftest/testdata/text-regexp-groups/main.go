// difftest: same

// regexp: matches, submatches and their indexes, named groups, ReplaceAll
// with $1, a compile error, Split, ReplaceAllStringFunc.

package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "mail ann@example.com and bob@test.com now"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindAllString(s, -1))
	fmt.Println(re.FindStringSubmatch(s), re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "<$2:$1>"), re.NumSubexp(), re.String())
	re2 := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\d+)`)
	m := re2.FindStringSubmatch("x=12")
	for i, n := range re2.SubexpNames() {
		fmt.Printf("%d %q %q\n", i, n, m[i])
	}
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).ReplaceAllStringFunc("baaac", func(x string) string { return fmt.Sprint(len(x)) }))
}
