// difftest: same
package main

// The Go Programming Language, 11.2 and exercise 3.12, run as a program:
// IsPalindrome that ignores case and non-letters, anagram, and the table
// of test inputs with what they should give, failures reported as t.Errorf
// would.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func IsPalindrome(s string) bool {
	letters := make([]rune, 0, len(s))
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	n := len(letters) / 2
	for i := 0; i < n; i++ {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func sorted(s string) string {
	r := []rune(strings.ToLower(strings.ReplaceAll(s, " ", "")))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}

func anagram(a, b string) bool { return sorted(a) == sorted(b) }

func main() {
	var tests = []struct {
		input string
		want  bool
	}{
		{"", true},
		{"a", true},
		{"aa", true},
		{"ab", false},
		{"kayak", true},
		{"detartrated", true},
		{"A man, a plan, a canal: Panama", true},
		{"Evil I did dwell; lewd did I live.", true},
		{"Able was I ere I saw Elba", true},
		{"été", true},
		{"Et se resservir, ivresse reste.", true},
		{"palindrome", false},
		{"desserts", false},
	}
	fails := 0
	for _, test := range tests {
		if got := IsPalindrome(test.input); got != test.want {
			fmt.Printf("IsPalindrome(%q) = %v\n", test.input, got)
			fails++
		}
	}
	fmt.Println("palindrome failures:", fails)
	for _, p := range [][2]string{{"listen", "silent"}, {"Dormitory", "dirty room"}, {"go", "og!"}} {
		fmt.Printf("%q %q %v\n", p[0], p[1], anagram(p[0], p[1]))
	}
}
