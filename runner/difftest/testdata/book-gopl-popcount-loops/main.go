// difftest: same
package main

// The Go Programming Language, 2.6.2 and exercises 2.3 to 2.5: PopCount
// with a table built by init, with a loop over the table, by shifting
// through 64 bits, and by clearing the rightmost bit.

import "fmt"

var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

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
		n += int(x & 1)
		x >>= 1
	}
	return n
}

func PopCountClear(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	for _, x := range []uint64{0, 1, 0xFF, 0x1234567890ABCDEF, 1<<64 - 1} {
		fmt.Println(x, PopCount(x), PopCountLoop(x), PopCountShift(x), PopCountClear(x))
	}
	fmt.Println(pc[:16])
}
