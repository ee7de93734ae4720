// difftest: same
package main

// A word game builds answers from the words it is given: it converts each
// to bytes or runes and appends two endings to the same base, which share
// the base's array where it has room. A Go build converts a string into a
// 32-byte buffer on the stack where the slice stays in its function, and
// on the heap (capacity rounded up to a size class) where it leaves.

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type Player struct{ name string }

var hall [][]byte

func endings(word string) (string, string) {
	b := []byte(word)
	yes := append(b, '!')
	no := append(b, '?')
	return string(yes), string(no)
}

func kept(word string) (string, string) {
	b := []byte(word)
	hall = append(hall, b)
	yes := append(b, '!')
	no := append(b, '?')
	return string(yes), string(no)
}

// bang appends to what it is given and returns it: the caller's slice
// stays on its stack through it.
func bang(r []rune) []rune { return append(r, '!') }

func main() {
	p := Player{"ann"}
	r := []rune(p.name)
	r1 := append(r, '1')
	r2 := append(r, '2')
	fmt.Println(string(r1), string(r2))

	s := "hello"
	b := []byte(s)
	b2 := append(b, " world"...)
	b[0] = 'J'
	fmt.Println(string(b), string(b2))

	for _, w := range []string{"go", "abcdefgh", "sixteen-letters!", "a-much-longer-word", strings.Repeat("z", 31), strings.Repeat("y", 40)} {
		y, n := endings(w)
		ky, kn := kept(w)
		fmt.Println(y, n, ky, kn)
	}

	var out []string
	for _, n := range []string{"ann", "bo", "héllo"} {
		rs := []rune(n)
		a := append(rs, '+')
		z := append(rs, '-')
		out = append(out, string(a), string(z))
	}
	fmt.Println(out)

	x, y := "ab", "cd"
	cat := []byte(x + y)
	c1 := append(cat, '1')
	c2 := append(cat, '2')
	fmt.Println(string(c1), string(c2))

	num := "0123456789"
	d := []byte(num)
	d = append(d, num...)
	head := d[:5]
	d = append(d, "abc"...)
	head = append(head, 'X')
	fmt.Println(string(d), string(head))

	line := "a line of text!"
	lb := []byte(line)
	l1 := append(lb, '1', '\n')
	l2 := append(lb, '2', '\n')
	os.Stdout.Write(l1)
	os.Stdout.Write(l2)
	fmt.Println(bytes.Equal(l1, l2))

	yo := "yo"
	yr := []rune(yo)
	y1 := bang(yr)
	y2 := append(yr, '?')
	fmt.Println(string(y1), string(y2))
}
