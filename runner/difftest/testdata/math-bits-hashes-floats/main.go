// difftest: same

package main

// math/bits' counts, rotations and 128-bit arithmetic, crc32 with two
// tables, fnv, and math's float bits, infinities, NaN and negative zero.

import (
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"math"
	"math/bits"
)

func main() {
	var x uint32 = 0b1011_0000
	fmt.Println(bits.OnesCount32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x))
	fmt.Println(bits.RotateLeft8(0b1000_0001, 1), bits.Reverse8(1), bits.ReverseBytes16(0x1234))
	hi, lo := bits.Mul64(math.MaxUint64, 2)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, sum, carry)
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")), crc32.Checksum([]byte("hello"), crc32.MakeTable(crc32.Castagnoli)))
	h := fnv.New32a()
	h.Write([]byte("socket"))
	fmt.Printf("%08x %d\n", h.Sum32(), h.Size())
	fmt.Println(math.Float64bits(1.5), math.Float32frombits(0x40490fdb), math.Nextafter(1, 2)-1)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.Copysign(0, -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%.3f %.3e %g %v\n", math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt64)
}
