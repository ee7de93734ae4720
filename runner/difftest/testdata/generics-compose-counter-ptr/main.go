// difftest: same

// Generic Max and Sum with inferred and explicit type arguments, a
// variadic call spreading a named slice, generic closures that count and
// compose, a generic Ptr, and an explicit instance kept as a value.
package main

import (
	"fmt"
	"strconv"
)

type Number interface{ ~int | ~float64 }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

func Counter[T comparable]() func(T) int {
	seen := map[T]int{}
	return func(v T) int {
		seen[v]++
		return seen[v]
	}
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Vec []float64

type Score int

func Ptr[T any](v T) *T { return &v }

func main() {
	fmt.Println(Max(1, 2.5), Max(3, 2), Max[float64](1, 2))
	v := Vec{1, 2, 3.5}
	fmt.Println(Sum(v...), Sum[Score](1, 2, 3), Sum[int]())
	c := Counter[string]()
	for _, w := range []string{"a", "b", "a", "a"} {
		fmt.Print(c(w), " ")
	}
	fmt.Println()
	strs := Map[int, string]([]int{1, 2}, strconv.Itoa)
	fmt.Printf("%q\n", strs)
	f := Compose(strconv.Itoa, func(s string) int { return len(s) })
	fmt.Println(f(12345), f(-7))
	g := Compose(func(s Score) float64 { return float64(s) / 2 }, func(x float64) string { return fmt.Sprint(x) })
	fmt.Println(g(5))
	p := Ptr(42)
	q := Ptr("s")
	*p++
	fmt.Println(*p, *q, *Ptr(Score(3)))
	apply := Map[Score, Score]
	fmt.Println(apply([]Score{1, 2}, func(s Score) Score { return s * 10 }))
}
