// difftest: same
package main

import (
	"fmt"
	"math"
	"time"
)

// Go evaluates constant expressions exactly: integers of any size, exact
// fractions, typed constants rounded once to their type.

const big = 1 << 100

const huge = 1e300 * 1e300 / 1e300

const greeting = "hello, " + "world"

const M uint64 = 1<<64 - 1

const (
	U8 uint8 = 1<<8 - 1 - iota
	U7
)

func main() {
	fmt.Println(0.1+0.2 == 0.3, big>>98, -math.MinInt64 == math.MinInt64, math.MaxUint64/2)
	const c = 1e300 * 1e300 / 1e300
	fmt.Println(c, huge, big/(big>>3))
	fmt.Println(math.MaxInt64+1-1, uint64(1<<63), 1e100/1e99, 1<<62*4>>3, M, M/3, U7)
	fmt.Println(float32(0.1), float32(1)/3, math.Pi*1e10, 1e-320*1e10, math.SmallestNonzeroFloat64/2*2)
	fmt.Printf("%T %T %T %v\n", 'a'+1, 1+2.0, 2i*2, 'a'+1)
	var u uint64 = math.MaxUint64 - 1
	fmt.Println(u, ^uint32(0), -5%3, -7/2, -7>>1, 1.0<<3, 7/2, 7/2.0, 1/3.0*3 == 1)
	fmt.Println(len(greeting), greeting+"!", len("x"+greeting), time.Second*3/2, time.Duration(1<<62)/time.Hour)
	var a [1<<3*2 + len(greeting)]int
	switch len(a) {
	case 1<<4 + len(greeting):
		fmt.Println("case", len(a))
	}
}
