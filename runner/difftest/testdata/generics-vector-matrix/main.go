// difftest: same

// Generic vector and matrix types over a numeric constraint, with Dot,
// Scale and a String method, instantiated with int, float64 and a named
// int8 that overflows.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Vec[T Number] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range min(len(v), len(w)) {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) String() string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprint(x)
	}
	return "<" + strings.Join(parts, ",") + ">"
}

type Matrix[T Number] [][]T

func (m Matrix[T]) Mul(v Vec[T]) Vec[T] {
	out := make(Vec[T], len(m))
	for i, row := range m {
		out[i] = Vec[T](row).Dot(v)
	}
	return out
}

type Int8 int8

func main() {
	v := Vec[int]{1, 2, 3}
	w := Vec[int]{4, 5, 6}
	fmt.Println(v.Dot(w), v.Scale(2), v)
	fmt.Printf("%v %s %d\n", v, w, []int(v))
	f := Vec[float64]{0.5, 1.5}
	fmt.Println(f.Dot(f), f.Scale(0.1))
	m := Matrix[int]{{1, 0, 0}, {0, 2, 0}, {1, 1, 1}}
	fmt.Println(m.Mul(v))
	small := Vec[Int8]{100, 27}
	fmt.Println(small.Dot(Vec[Int8]{2, 1}), small.Scale(3))
	var empty Vec[int32]
	fmt.Println(empty, empty.Dot(nil), len(empty.Scale(5)))
}
