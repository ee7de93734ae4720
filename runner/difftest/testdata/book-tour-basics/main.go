// difftest: same
package main

// A Tour of Go, Basics: packages, functions with named results, the
// numeric constants, Newton's square root, if with a short statement,
// switch without a condition and a stack of defers.

import (
	"fmt"
	"math"
	"math/cmplx"
)

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

const (
	Big   = 1 << 100
	Small = Big >> 99
)

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func swap(x, y string) (string, string) { return y, x }

func Sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func pow(x, n, lim float64) float64 {
	if v := math.Pow(x, n); v < lim {
		return v
	} else {
		fmt.Printf("%g >= %g\n", v, lim)
	}
	return lim
}

func main() {
	fmt.Println("My favorite number is", 7)
	fmt.Printf("Now you have %g problems.\n", math.Sqrt(7))
	fmt.Println(math.Pi)
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(split(17))

	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)

	var i int
	var f float64
	var bb bool
	var s string
	fmt.Printf("%v %v %v %q\n", i, f, bb, s)

	x, y := 3, 4
	fl := math.Sqrt(float64(x*x + y*y))
	var u uint = uint(fl)
	fmt.Println(x, y, u)

	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))

	sum := 1
	for sum < 1000 {
		sum += sum
	}
	fmt.Println(sum)

	for _, v := range []float64{2, 9, 10} {
		fmt.Println(Sqrt(v), math.Sqrt(v))
	}
	fmt.Println(pow(3, 2, 10), pow(3, 3, 20))

	t := 17
	switch {
	case t < 12:
		fmt.Println("Good morning!")
	case t < 17:
		fmt.Println("Good afternoon.")
	default:
		fmt.Println("Good evening.")
	}

	fmt.Println("counting")
	for i := 0; i < 10; i++ {
		defer fmt.Println(i)
	}
	fmt.Println("done")
}
