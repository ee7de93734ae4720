// difftest: same
// Numbers at their edges: wrapping signed and unsigned arithmetic, shifts
// past the width, conversions of floats, infinities and NaN, math and
// math/bits, and a division by zero recovered.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8*2)
	var u uint = 0
	u--
	fmt.Println(u, u+1)
	var u8 uint8 = 200
	fmt.Println(u8+100, u8*2, u8<<1, u8>>9)
	x := 1
	fmt.Println(x<<63, x<<64, -1>>1, uint32(1)<<31)
	f := 3.99
	fmt.Println(int(f), int(-f), math.Round(-2.5), math.Trunc(-2.5), math.Floor(-2.5), math.Ceil(2.1))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Mod(7, -3), math.Remainder(7, 3), math.Abs(-0.0))
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 7.0/2)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Reverse8(1), bits.Len(1023))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	fmt.Println(hi, lo)
	fmt.Println(min(1.5, math.NaN()), max(-0.0, 0.0), min(3, 2, 1), max("b", "a"))
	z := 0.0
	fmt.Println(1/z, -1/z, z/z == z/z)
	var big int64 = math.MaxInt64
	big++
	fmt.Println(big, uint64(big), int32(big>>32))
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2, float32(1)/3*3)
	fmt.Println(int64(float64(1<<62)), uint8(257%256), int8(u8))
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), c*complex(0, 1), fmt.Sprintf("%.1f", c))
	fmt.Printf("%.20f %v %v\n", 0.1, 1e100, float32(1e10))
	fmt.Println(0x_FF, 0o17, 0b1010, 1_000_000, 'a'+1, "ab"+"cd")
	defer func() { fmt.Println("recovered:", recover()) }()
	d := 0
	fmt.Println(10 / d)
}
