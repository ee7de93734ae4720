// difftest: same

// math's functions and constants, float32 against float64, formatting
// verbs, math/big integers, a factorial and a Rat, math/bits, integer
// division and overflow of sized integers.

package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pi, math.Floor(-2.5), math.Round(2.5), math.Trunc(-2.7), math.Mod(7, -3))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64)
	fmt.Println(math.Hypot(3, 4), math.Pow(2, 10), math.Log2(1024), math.Abs(-0.0), math.Signbit(math.Copysign(0, -1)))
	var f float32 = 0.1
	fmt.Println(f, float64(f), f*3, 0.1+0.2, float32(0.1)+float32(0.2))
	fmt.Printf("%g %e %.3f %8.2f|%-8.2f|%+d %x %o %b\n", 1e21, 123456.789, math.E, 3.14159, 2.5, 5, 255, 8, 5)
	a := new(big.Int)
	a.SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	c := new(big.Int).Mul(a, b)
	fmt.Println(c, c.BitLen(), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fact := big.NewInt(1)
	for i := int64(1); i <= 25; i++ {
		fact.Mul(fact, big.NewInt(i))
	}
	fmt.Println(fact.String(), fact.Text(16))
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.Reverse8(1), bits.Len(8))
	x := 7
	fmt.Println(x/2, -x/2, x%3, -x%3, x<<2, x>>1, x&^5, ^x)
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, uint32(1<<31)+uint32(x), int64(math.MaxInt32)+1)
}
