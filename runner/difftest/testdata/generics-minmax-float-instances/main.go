// difftest: same

// min and max in generic functions over cmp.Ordered, instantiated with
// int, string, float64 and a named float type, where a NaN wins and -0 is
// less than +0, and clear of a generic map and slice, one keyed by NaN.
package main

import (
	"cmp"
	"fmt"
	"math"
)

type Celsius float64

func Clamp[T cmp.Ordered](v, lo, hi T) T { return max(lo, min(v, hi)) }

func MinOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

func Reset[K comparable, V any](m map[K]V, s []V) {
	clear(m)
	clear(s)
}

func main() {
	nan := math.NaN()
	fmt.Println(Clamp(5, 0, 3), Clamp(-1.5, 0, 3), Clamp("m", "a", "k"), Clamp(Celsius(40), 0, 35))
	fmt.Println(Clamp(nan, 0, 1), MinOf(3.0, nan, 1.0), MinOf(2.0, 1.0), MinOf(Celsius(1), Celsius(-2)))
	negz := math.Copysign(0, -1)
	fmt.Println(1/MinOf(0.0, negz), 1/MinOf(negz, 0.0), 1/Clamp(negz, 0, 1))
	m := map[string]int{"a": 1}
	s := []int{1, 2}
	Reset(m, s)
	fmt.Println(len(m), s)
	fm := map[float64]bool{nan: true, 1: true}
	Reset(fm, []bool{true})
	fmt.Println(len(fm))
}
