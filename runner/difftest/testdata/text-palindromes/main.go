// difftest: same

// Palindromes of letters and digits, in any case: runes kept with
// unicode's tests, reversed with slices.Reverse, compared with slices.Equal.

package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

func isPal(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	rev := slices.Clone(rs)
	slices.Reverse(rev)
	return slices.Equal(rs, rev)
}

func main() {
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "été", "", "No 'x' in Nixon"} {
		fmt.Printf("%-32q %t\n", s, isPal(s))
	}
}
