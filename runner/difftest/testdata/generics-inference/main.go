// difftest: same
package main

// Type inference: a generic function of a func parameter's result type, a
// ~[]E constraint that keeps the named slice type, and explicit instances.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return best
}

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() (z T) { return }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Apply[S ~[]E, E any](s S, f func(E) E) S {
	out := slices.Clone(s)
	for i := range out {
		out[i] = f(out[i])
	}
	return out
}

type Words []string

func Pair[A, B any](a A, b B) struct {
	First  A
	Second B
} {
	return struct {
		First  A
		Second B
	}{a, b}
}

func main() {
	ws := Words{"go", "gopher", "gc"}
	fmt.Println(MaxBy(ws, func(s string) int { return len(s) }))
	up := Apply(ws, strings.ToUpper)
	fmt.Printf("%v %T\n", up, up)
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"), Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	fmt.Println(Must(fmt.Sprintf("%d", 3), nil))
	fmt.Printf("%+v\n", Pair("a", 1))
	sorted := slices.SortedFunc(slices.Values(ws), func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(sorted, slices.Max([]float64{1, 2.5}))
	idx, found := slices.BinarySearch([]int{1, 3, 5}, 3)
	fmt.Println(idx, found)
}
