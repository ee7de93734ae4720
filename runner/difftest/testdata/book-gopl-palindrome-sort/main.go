// difftest: same
package main

// The Go Programming Language, exercise 7.10: IsPalindrome of any
// sort.Interface, using only Less to compare, on a byte slice, sort's
// IntSlice and StringSlice, and a type of names sorted by length.

import (
	"fmt"
	"sort"
)

func IsPalindrome(s sort.Interface) bool {
	for i, j := 0, s.Len()-1; i < j; i, j = i+1, j-1 {
		if s.Less(i, j) || s.Less(j, i) {
			return false
		}
	}
	return true
}

type runes []rune

func (r runes) Len() int           { return len(r) }
func (r runes) Less(i, j int) bool { return r[i] < r[j] }
func (r runes) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	for _, w := range []string{"racecar", "été", "golang", "a", "", "abba", "abca"} {
		fmt.Printf("%q %v\n", w, IsPalindrome(runes(w)))
	}
	fmt.Println(IsPalindrome(sort.IntSlice{1, 2, 3, 2, 1}), IsPalindrome(sort.IntSlice{1, 2}))
	fmt.Println(IsPalindrome(sort.StringSlice{"x", "y", "x"}))
	names := byLen{"ann", "bo", "cid", "bo", "eve"}
	fmt.Println(IsPalindrome(names))
	sort.Stable(names)
	fmt.Println(names, sort.IsSorted(names))
}
