// difftest: same
package main

// Integer overflow and conversion truncation a student meets: int8 of a
// variable holding 200, uint wrap-around from 0-1, a uint8 loop counter,
// int32 and uint16 truncation, float-to-int truncation toward zero, uint
// of a negative int, and len(s)-1 on an empty slice going through uint.

import (
	"fmt"
	"math"
)

func main() {
	v := 200
	fmt.Println(int8(v), uint8(v), int16(v))
	big := 70000
	fmt.Println(uint16(big), int16(big), int32(big))
	var huge int64 = 1 << 40
	fmt.Println(int32(huge), uint32(huge+5), int(huge))
	var u uint = 0
	u--
	fmt.Println(u, u == math.MaxUint)
	var n uint32 = 3
	var m uint32 = 5
	fmt.Println(n-m, int32(n-m), int(n)-int(m))
	neg := -1
	fmt.Println(uint(neg), uint8(neg), uint32(neg))
	count := 0
	for b := uint8(250); b != 4; b++ {
		count++
	}
	fmt.Println("uint8 loop ran", count)
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8/-1)
	f := 3.99
	g := -3.99
	fmt.Println(int(f), int(g), int(math.Round(f)), int64(2.5e9))
	var s []int
	fmt.Println(uint(len(s)) - 1)
	var sum int16
	for i := 0; i < 300; i++ {
		sum += 200
	}
	fmt.Println(sum)
	x := math.MaxInt64
	x++
	fmt.Println(x, x == math.MinInt64)
	fmt.Printf("%d %x %b\n", int8(v), uint8(v), uint8(v))
	r := rune(v + 0x1F600 - 200)
	fmt.Println(r, string(r), byte(r))
}
