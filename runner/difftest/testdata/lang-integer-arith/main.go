// difftest: same
package main

// The Go Programming Language, 3.1-3.2: integer overflow that wraps at run
// time, signed division and remainder, shifts past the width, bitwise
// operators on sets, unsigned underflow, and float corner cases.

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var u uint8 = 255
	fmt.Println(u, u+1, u*u)
	var i int8 = 127
	fmt.Println(i, i+1, i*i)
	var i16 int16 = math.MinInt16
	fmt.Println(-i16, i16-1)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7>>1, uint32(1)<<31)
	var x uint8 = 1<<1 | 1<<5
	var y uint8 = 1<<1 | 1<<2
	fmt.Printf("%08b %08b\n", x, y)
	fmt.Printf("%08b %08b %08b %08b\n", x&y, x|y, x^y, x&^y)
	for i := uint(0); i < 8; i++ {
		if x&(1<<i) != 0 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	fmt.Printf("%08b %08b\n", x<<1, x>>1)
	var s uint = 70
	fmt.Println(uint64(1)<<s, int64(-1)>>s, 1<<(s-64))
	medals := []string{"gold", "silver", "bronze"}
	for i := len(medals) - 1; i >= 0; i-- {
		fmt.Print(medals[i], " ")
	}
	fmt.Println()
	var n uint = 0
	n--
	fmt.Println(n == math.MaxUint, uint32(n))
	f := 1e100
	g := 3.99
	fmt.Println(f > 0, int(g), int(-g), int64(f/1e90))
	var z float64
	fmt.Println(z, -z, 1/z, -1/z, z/z, math.IsNaN(z/z), math.Signbit(math.Copysign(0, -1)))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, math.Inf(1) > math.MaxFloat64)
	fmt.Println(bits.OnesCount8(x), bits.LeadingZeros32(1), bits.TrailingZeros64(48), bits.Reverse8(1), bits.Len(255))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, sum, carry, bits.RotateLeft8(0b10000001, 1))
	fmt.Printf("%x %X %o %O %#x %+d %e %.3g\n", 255, 255, 8, 8, 255, 5, 123456.789, 123456.789)
	var c complex128 = complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), c == 1+2i)
	fmt.Printf("%.2f %v\n", 2.0/3, float32(0.1)+float32(0.2))
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
}
