// difftest: same
package main

// A packet builder starts its frames from constant strings and from names
// it keeps: a conversion of a constant has its length for capacity in a
// Go build, and one that leaves its function (kept in a global, printed)
// is allocated on the heap, its capacity rounded up to a size class.

import (
	"fmt"
	"strings"
)

const greeting = "héllo wörld"

var kept [][]byte
var keptRunes [][]rune

func keep(s string) {
	b := []byte(s)
	r := []rune(s)
	kept = append(kept, b)
	keptRunes = append(keptRunes, r)
	fmt.Println("kept", len(s), len(b), cap(b), len(r), cap(r))
}

func main() {
	b := []byte("ab")
	fmt.Println(len(b), cap(b))
	b = append(b, 'c')
	fmt.Println(len(b), cap(b), string(b))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	g := []byte(greeting)
	gr := []rune(greeting)
	fmt.Println(len(g), cap(g), len(gr), cap(gr))
	fmt.Println(cap([]byte("")), cap([]byte("x")), cap([]byte("0123456789abcdefg")), cap([]rune("")))
	for _, n := range []int{0, 1, 2, 5, 8, 9, 17, 33, 100} {
		keep(strings.Repeat("z", n))
	}
	x := append([]byte("hello"), " world"...)
	fmt.Println(string(x), len(x), cap(x))
}
