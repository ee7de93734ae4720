// difftest: same
package main

// The capacities a Go build gives a string converted to bytes or runes:
// the string's own bytes for a []byte never written that stays in its
// function, a 32-byte (32-rune) buffer on the stack for one written or
// appended to, and the heap's size class for one that leaves (printed,
// kept in a global) or is longer than the buffer.

import (
	"fmt"
	"strings"
)

var kept [][]byte

func bytesCap(s string) {
	b := []byte(s)
	fmt.Println("bytes", cap(b))
}

func runesCap(s string) {
	var r = []rune(s)
	fmt.Println("runes", cap(r))
}

func direct(s string) { fmt.Println("direct", cap([]byte(s)), cap([]rune(s))) }

func reslice(s string) { fmt.Println("reslice", cap(([]rune(s))[1:]), cap([]byte(s)[1:])) }

func assignedLater(s string) {
	var b []byte
	b = []byte(s)
	b[0] = 'x'
	fmt.Println("later", cap(b))
}

func appended(s string) {
	b := []byte(s)
	b = append(b, '!')
	fmt.Println("appended", cap(b))
}

func held(s string) {
	b := []byte(s)
	c := b[1:3]
	fmt.Println("held", cap(c))
}

func printed(s string) {
	b := []byte(s)
	fmt.Println(b, cap(b))
}

func keep(s string) {
	b := []byte(s)
	kept = append(kept, b)
	fmt.Println("kept", cap(b))
}

func concat(s string) {
	b := []byte(s + s)
	fmt.Println("concat", cap(b), cap([]byte(s+"")))
}

func main() {
	for _, s := range []string{"", "x", "hello", "0123456789", strings.Repeat("é", 17), strings.Repeat("z", 40)} {
		bytesCap(s)
		runesCap(s)
		direct(s)
		if len(s) > 3 {
			reslice(s)
			held(s)
		}
		if s != "" {
			assignedLater(s)
		}
		appended(s)
		printed(s)
		keep(s)
		concat(s)
	}
}
