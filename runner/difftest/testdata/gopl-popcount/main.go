// difftest: same
package main

// popcount of chapter 2 of The Go Programming Language: a table of the
// population count of each byte, filled by init, summed eight times for
// a uint64; then the exercises, a loop over the bytes, a shift by one bit
// at a time, and x&(x-1) clearing the lowest set bit.

import "fmt"

// pc[i] is the population count of i.
var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

// PopCount returns the population count (number of set bits) of x.
func PopCount(x uint64) int {
	return int(pc[byte(x>>(0*8))] +
		pc[byte(x>>(1*8))] +
		pc[byte(x>>(2*8))] +
		pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] +
		pc[byte(x>>(5*8))] +
		pc[byte(x>>(6*8))] +
		pc[byte(x>>(7*8))])
}

func PopCountLoop(x uint64) int {
	n := 0
	for i := uint(0); i < 8; i++ {
		n += int(pc[byte(x>>(i*8))])
	}
	return n
}

func PopCountShift(x uint64) int {
	n := 0
	for i := 0; i < 64; i++ {
		if x&1 != 0 {
			n++
		}
		x >>= 1
	}
	return n
}

func PopCountClear(x uint64) int {
	n := 0
	for x != 0 {
		x = x & (x - 1) // clear rightmost non-zero bit
		n++
	}
	return n
}

func main() {
	for _, x := range []uint64{0, 1, 0xff, 0x1234567890abcdef, 1<<63 | 1, ^uint64(0)} {
		a, b, c, d := PopCount(x), PopCountLoop(x), PopCountShift(x), PopCountClear(x)
		fmt.Printf("%#016x %2d %t\n", x, a, a == b && b == c && c == d)
	}
	fmt.Println(pc[:16], len(pc))
	var x uint8 = 1<<1 | 1<<5
	var y uint8 = 1<<1 | 1<<2
	fmt.Printf("%08b %08b %08b %08b %08b %08b\n", x, y, x&y, x|y, x^y, x&^y)
	for i := uint(0); i < 8; i++ {
		if x&(1<<i) != 0 {
			fmt.Println(i)
		}
	}
	fmt.Printf("%08b %08b\n", x<<1, x>>1)
}
