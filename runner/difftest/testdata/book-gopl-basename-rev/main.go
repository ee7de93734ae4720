// difftest: same
package main

// The Go Programming Language, 3.5 and 4.2: basename in two versions,
// reverse of an int slice and rotation by three reversals, an array
// reversed through a pointer, and equal for string slices.

import (
	"fmt"
	"strings"
)

func basename1(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			s = s[i+1:]
			break
		}
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			s = s[:i]
			break
		}
	}
	return s
}

func basename2(s string) string {
	slash := strings.LastIndex(s, "/")
	s = s[slash+1:]
	if dot := strings.LastIndex(s, "."); dot >= 0 {
		s = s[:dot]
	}
	return s
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func reverseArray(p *[6]int) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

func equal(x, y []string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

func main() {
	for _, p := range []string{"a/b/c.go", "c.d.go", "abc", "/usr/lib/", ""} {
		fmt.Printf("%q %q %q\n", p, basename1(p), basename2(p))
	}
	a := [...]int{0, 1, 2, 3, 4, 5}
	reverse(a[:])
	fmt.Println(a)
	s := []int{0, 1, 2, 3, 4, 5}
	reverse(s[:2])
	reverse(s[2:])
	reverse(s)
	fmt.Println(s)
	reverseArray(&a)
	fmt.Println(a, len(a))
	fmt.Println(equal([]string{"a"}, []string{"a"}), equal(nil, []string{}), equal([]string{"a"}, []string{"b"}))
}
