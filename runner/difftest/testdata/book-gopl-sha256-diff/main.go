// difftest: same
package main

// The Go Programming Language, 4.1: the SHA256 digests of "x" and "X",
// printed with %x, compared, and typed [32]uint8; exercise 4.1 counts the
// bits that differ, with a popcount of each byte; zero of an array
// through a pointer.

import (
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
)

func popCount(b byte) int {
	n := 0
	for ; b != 0; b &= b - 1 {
		n++
	}
	return n
}

func diffBits(a, b [32]byte) int {
	n := 0
	for i := range a {
		n += popCount(a[i] ^ b[i])
	}
	return n
}

func zero(ptr *[32]byte) {
	*ptr = [32]byte{}
}

func main() {
	c1 := sha256.Sum256([]byte("x"))
	c2 := sha256.Sum256([]byte("X"))
	fmt.Printf("%x\n%x\n%t\n%T\n", c1, c2, c1 == c2, c1)
	fmt.Println("bits that differ:", diffBits(c1, c2), diffBits(c1, c1))
	c3 := c1
	zero(&c3)
	fmt.Println(c3 == [32]byte{}, c1 == c3)
	fmt.Printf("%x\n", sha512.Sum384([]byte("x")))
	h := sha256.New()
	h.Write([]byte("x"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	type Currency int
	const (
		USD Currency = iota
		EUR
		GBP
		RMB
	)
	symbol := [...]string{USD: "$", EUR: "€", GBP: "£", RMB: "¥"}
	fmt.Println(RMB, symbol[RMB], len(symbol))
	r := [...]int{99: -1}
	fmt.Println(len(r), r[0], r[99])
}
