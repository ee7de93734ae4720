// difftest: same
package main

// math/bits' examples: LeadingZeros, TrailingZeros, OnesCount, Len,
// RotateLeft, Reverse and ReverseBytes, Add64 and Mul64 with their carry
// and high word, and Div64.

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Printf("LeadingZeros8(%08b) = %d\n", 1, bits.LeadingZeros8(1))
	fmt.Printf("LeadingZeros64(%064b) = %d\n", 1, bits.LeadingZeros64(1))
	fmt.Printf("TrailingZeros16(%016b) = %d\n", 14, bits.TrailingZeros16(14))
	fmt.Printf("OnesCount(%b) = %d\n", 14, bits.OnesCount(14))
	fmt.Printf("OnesCount64(%b) = %d\n", uint64(1<<63-1), bits.OnesCount64(1<<63-1))
	fmt.Printf("Len32(%032b) = %d\n", 8, bits.Len32(8))
	fmt.Printf("%08b %08b\n", bits.RotateLeft8(15, 2), bits.RotateLeft8(15, -2))
	fmt.Printf("%016b\n", bits.Reverse16(19))
	fmt.Printf("%#x\n", bits.ReverseBytes32(0x01020304))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r)
	diff, borrow := bits.Sub32(3, 5, 0)
	fmt.Println(diff, borrow, bits.UintSize)
}
