// difftest: same

// slices.Min, slices.Max and slices.Sort in generic functions over
// cmp.Ordered, instantiated with float64 slices that hold a NaN or -0,
// and with ints and strings.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

func Range[T cmp.Ordered](xs []T) (T, T) {
	return slices.Min(xs), slices.Max(xs)
}

func SortedCopy[T cmp.Ordered](xs []T) []T {
	out := slices.Clone(xs)
	slices.Sort(out)
	return out
}

func main() {
	nan := math.NaN()
	fmt.Println(Range([]float64{3, nan, 1}))
	fmt.Println(Range([]float64{2, math.Copysign(0, -1), 0}))
	fmt.Println(Range([]int{4, 2, 9}))
	fmt.Println(Range([]string{"b", "a"}))
	fmt.Println(SortedCopy([]float64{2, nan, 1, math.Inf(-1)}))
	lo, hi := Range([]float64{0, math.Copysign(0, -1)})
	fmt.Println(1/lo, 1/hi)
}
