// difftest: same
package main

// word1 and word2 of chapter 11 of The Go Programming Language, with its
// tests run as main: IsPalindrome first compares bytes (so "été" fails
// and "A man, a plan, a canal: Panama" too), then runes, letters only and
// folded to lower case; the table-driven test reports each failure in
// the book's form, and a randomized test with a seeded source builds
// palindromes it checks. It exits with 1 when a case fails, as go test.

import (
	"fmt"
	"math/rand"
	"os"
	"unicode"
)

// IsPalindrome1 reports whether s reads the same forward and backward.
// (Our first attempt.)
func IsPalindrome1(s string) bool {
	for i := range s {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

// IsPalindrome reports whether s reads the same forward and backward.
// Letter case is ignored, as are non-letters.
func IsPalindrome(s string) bool {
	var letters []rune
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	for i := range letters {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

// randomPalindrome returns a palindrome whose length and contents
// are derived from the pseudo-random number generator rng.
func randomPalindrome(rng *rand.Rand) string {
	n := rng.Intn(25) // random length up to 24
	runes := make([]rune, n)
	for i := 0; i < (n+1)/2; i++ {
		r := rune(rng.Intn(0x1000)) // random rune up to '\u0999'
		runes[i] = r
		runes[n-1-i] = r
	}
	return string(runes)
}

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
		{"palindrome", false}, // non-palindrome
		{"desserts", false},   // semi-palindrome
	}
	failed := 0
	for _, test := range tests {
		if got := IsPalindrome(test.input); got != test.want {
			fmt.Printf("IsPalindrome(%q) = %v\n", test.input, got)
			failed++
		}
		if got := IsPalindrome1(test.input); got != test.want {
			fmt.Printf("first attempt: IsPalindrome1(%q) = %v\n", test.input, got)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 1000; i++ {
		p := randomPalindrome(rng)
		if !IsPalindrome(p) {
			fmt.Printf("IsPalindrome(%q) = false\n", p)
			failed++
		}
	}
	if failed > 0 {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
}
