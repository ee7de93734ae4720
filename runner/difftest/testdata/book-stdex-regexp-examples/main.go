// difftest: same
package main

// The regexp package's examples: MatchString, FindString, FindAllString
// with a count, FindStringSubmatch with named groups, FindAllStringIndex,
// ReplaceAllString with $1 and ${name}, ReplaceAllStringFunc, Expand,
// Split, SubexpNames, Longest, and a compile error.

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	matched, err := regexp.MatchString(`foo.*`, "seafood")
	fmt.Println(matched, err)
	matched, err = regexp.MatchString(`a(b`, "seafood")
	fmt.Println(matched, err)

	validID := regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`)
	fmt.Println(validID.MatchString("adam[23]"), validID.MatchString("eve[7]"), validID.MatchString("Job[48]"), validID.MatchString("snakey"))

	re := regexp.MustCompile(`foo.?`)
	fmt.Printf("%q\n", re.FindString("seafood fool"))
	fmt.Printf("%q\n", re.FindString("meat"))
	re = regexp.MustCompile(`a.`)
	fmt.Println(re.FindAllString("paranormal", -1), re.FindAllString("paranormal", 2), re.FindAllString("graal", -1), re.FindAllString("none", -1) == nil)
	fmt.Println(re.FindAllStringIndex("paranormal", -1))

	re = regexp.MustCompile(`(?P<first>[a-zA-Z]+) (?P<last>[a-zA-Z]+)`)
	fmt.Println(re.MatchString("Alan Turing"))
	fmt.Printf("%q\n", re.SubexpNames())
	reversed := fmt.Sprintf("${%s} ${%s}", re.SubexpNames()[2], re.SubexpNames()[1])
	fmt.Println(reversed, re.ReplaceAllString("Alan Turing", reversed))
	m := re.FindStringSubmatch("Alan Turing")
	fmt.Printf("%q %d\n", m, re.SubexpIndex("last"))

	re = regexp.MustCompile(`a(x*)b`)
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "T"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "$1"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "$1W"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "${1}W"))
	fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "$1"))
	fmt.Println(regexp.MustCompile(`[^aeiou\s]+`).ReplaceAllStringFunc("seafood fool", strings.ToUpper))

	content := `
	# comment line
	option1: value1
	option2: value2
`
	pattern := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	template := "$key=$value\n"
	var result []byte
	for _, submatches := range pattern.FindAllStringSubmatchIndex(content, -1) {
		result = pattern.ExpandString(result, template, content, submatches)
	}
	fmt.Print(string(result))

	s := regexp.MustCompile("a*").Split("abaabaccadaaae", 5)
	fmt.Printf("%q\n", s)
	zp := regexp.MustCompile(`z+`)
	fmt.Printf("%q\n", zp.Split("pizza", -1))
	lre := regexp.MustCompile(`a(|b)`)
	fmt.Println(lre.FindString("ab"))
	lre.Longest()
	fmt.Println(lre.FindString("ab"), lre.String(), lre.NumSubexp())
	_, err = regexp.Compile(`[z-a]`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta(`Escaping symbols like: .+*?()|[]{}^$`))
}
