// difftest: same
package main

// Generic functions over a constraint of numbers with ~ (named types
// included), Map/Filter/Reduce, a generic Pair, and keys in order.

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Score int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

func main() {
	temps := []Celsius{21.5, 19, 23.25}
	fmt.Println(Sum(temps), Average(temps))
	scores := []Score{90, 72, 85, 60}
	fmt.Println(Sum(scores), Average(scores), Sum([]int64{1 << 40, 1}))
	fmt.Println(Map(scores, func(s Score) string { return strconv.Itoa(int(s)) + "%" }))
	passed := Filter(scores, func(s Score) bool { return s >= 75 })
	fmt.Println(passed, len(passed))
	ages := map[string]int{"carol": 35, "ann": 30, "bob": 25}
	fmt.Println(SortedPairs(ages))
	p := Pair[string, []int]{"evens", []int{2, 4}}
	fmt.Println(p, p.Key)
	fmt.Printf("%v %+v\n", Pair[int, bool]{1, true}, Pair[float64, string]{2.5, "x"})
}
