// difftest: same
package main

// Constant expressions over several lines, in a return statement and in
// const declarations; an untyped constant beyond int64 named where a float
// takes it.

import (
	"fmt"
	"math"
	"time"
)

type Celsius float64

const Boiling Celsius = 100

const big = 1 << 100
const huge = big *
	big
const frac = 1.0 / 3 *
	3

func half() float64 { return big }

func main() {
	var f float64 = big
	fmt.Println(f, math.Sqrt(big), half())
	var c complex128 = big
	fmt.Println(c)
	fmt.Printf("%v %T\n", big/1e10, big/1e10)
	fmt.Println(-math.MinInt64 ==
		math.MinInt64)
	fmt.Println(1e300 * 1e300 /
		1e300)
	d := 3 *
		time.Second
	fmt.Printf("%v %T\n", d, d)
	x := uint64(1<<63) +
		(1<<63 - 1)
	fmt.Printf("%v %T %x\n", x, x, x)
	fmt.Println(huge>>199, frac == 1)
	var g float32 = big
	fmt.Println(g, float32(huge/big))
	l := min(Boiling, 37.5) + 1
	fmt.Printf("%v %T\n", l, l)
	m := max(Boiling,
		200)
	fmt.Printf("%v %T\n", m, m)
	n := min(1<<62, 1<<61) +
		1
	fmt.Printf("%v %T\n", n, n)
	fmt.Println(returns())
	fmt.Printf("%.4f\n", Boiling*2/
		3)
}

func returns() Celsius {
	return Boiling -
		1
}
