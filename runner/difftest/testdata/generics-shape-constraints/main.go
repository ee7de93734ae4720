// difftest: same
package main

// Constraints with methods (Shape) and a generic slice type of a union
// constraint with methods of its own (Vec[T]).

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }

func Total[S Shape](xs []S) float64 {
	t := 0.0
	for _, s := range xs {
		t += s.Area()
	}
	return t
}

func Largest[S Shape](xs ...S) S {
	sort.Slice(xs, func(i, j int) bool { return xs[i].Area() > xs[j].Area() })
	return xs[0]
}

type Numeric interface{ ~int | ~float64 }

type Vec[T Numeric] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
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

func main() {
	fmt.Printf("%.2f\n", Total([]Circle{{1}, {2}}))
	fmt.Printf("%.2f\n", Total([]Shape{Circle{1}, Rect{2, 3}}))
	l := Largest[Shape](Rect{1, 1}, Circle{1}, Rect{2, 2})
	fmt.Println(l.Name(), l)
	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(Vec[int]{4, 5, 6}), v.Scale(2), len(v.Scale(0)))
	fv := Vec[float64]{0.5}
	fmt.Printf("%v %T\n", fv.Scale(3), fv)
}
