// difftest: same

// Generic Map, Filter, Reduce and Sum over a constraint of ~int | ~int64 |
// ~float64, instantiated with named types, one with a String method that
// a method expression hands to Map.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Meters int

func (m Meters) String() string { return strconv.Itoa(int(m)) + "m" }

type Score float64

func main() {
	ms := []Meters{100, 250, 42}
	fmt.Println(Sum(ms))
	fmt.Println(Sum([]Score{1.5, 2.25}))
	fmt.Println(Sum([]int{}))
	strs := Map(ms, Meters.String)
	fmt.Println(strings.Join(strs, ","))
	doubled := Map(ms, func(m Meters) Meters { return m * 2 })
	fmt.Println(doubled)
	fmt.Printf("%v %d %T\n", doubled, doubled, doubled)
	big := Filter(ms, func(m Meters) bool { return m > 50 })
	fmt.Println(big, len(big))
	none := Filter(ms, func(m Meters) bool { return m > 1000 })
	fmt.Println(none, none == nil)
	total := Reduce(ms, "", func(a string, m Meters) string { return a + m.String() + ";" })
	fmt.Println(total)
	n := Reduce([]string{"a", "bb", "ccc"}, 0, func(a int, s string) int { return a + len(s) })
	fmt.Println(n)
	lens := Map([]string{"go", "rust", ""}, func(s string) int { return len(s) })
	fmt.Println(lens, Sum(lens))
}
