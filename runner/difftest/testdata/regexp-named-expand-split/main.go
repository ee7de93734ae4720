// difftest: same

package main

// regexp: named groups with SubexpNames and SubexpIndex,
// FindAllStringIndex, ReplaceAllStringFunc, $ templates, a compile error,
// lazy and case-insensitive matching, Expand and Split.

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<method>GET|POST) (?P<path>/\S*) HTTP/(?P<ver>\d\.\d)`)
	m := re.FindStringSubmatch("GET /index.html HTTP/1.1")
	for i, name := range re.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%q ", name, m[i])
		}
	}
	fmt.Println(re.SubexpIndex("path"), re.NumSubexp())
	all := regexp.MustCompile(`\d+`).FindAllStringIndex("a1 b22 c333", -1)
	fmt.Println(all)
	up := regexp.MustCompile(`\b[a-z]`).ReplaceAllStringFunc("hello big world", strings.ToUpper)
	fmt.Println(up)
	tmpl := regexp.MustCompile(`(\w+)@(\w+)\.com`).ReplaceAllString("ann@example.com bob@test.com", "$2:$1 ${1}x")
	fmt.Println(tmpl)
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompile(`a+?`).FindString("aaa"), regexp.QuoteMeta("1.5+2"), regexp.MustCompile(`(?i)sock`).MatchString("SOCKLAB"))
	var dst []byte
	re2 := regexp.MustCompile(`(\w+)=(\w+)`)
	for _, sm := range re2.FindAllSubmatchIndex([]byte("a=1 b=2"), -1) {
		dst = re2.Expand(dst, []byte("[$2<-$1]"), []byte("a=1 b=2"), sm)
	}
	fmt.Println(string(dst), re2.String(), re2.Split("x a=1 y b=2 z", -1))
}
