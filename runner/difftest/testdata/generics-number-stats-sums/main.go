// difftest: same
package main

import "fmt"

type Number interface{ ~int | ~int64 | ~float64 }

type Stats[T Number] struct {
	vals []T
	sum  T
}

func (s *Stats[T]) Add(v T) {
	s.vals = append(s.vals, v)
	s.sum = s.sum + v
}

func (s *Stats[T]) Scale(k T) {
	for i := range s.vals {
		s.vals[i] = s.vals[i] * k
	}
	s.sum *= k
}

func (s Stats[T]) String() string { return fmt.Sprintf("%v sum=%v", s.vals, s.sum) }

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Prefix[T Number](xs []T) []T {
	out := make([]T, len(xs))
	for i := range xs {
		out[i] = xs[i]
		if i > 0 {
			out[i] = out[i-1] + xs[i]
		}
	}
	return out
}

func main() {
	var s Stats[int]
	for _, v := range []int{1, 2, 3} {
		s.Add(v)
	}
	s.Scale(10)
	fmt.Println(s)
	var c Stats[Cents]
	c.Add(150)
	c.Add(275)
	fmt.Println(c)
	fmt.Println(Prefix([]float64{0.5, 1, 2}))
	fmt.Println(Prefix([]Cents{100, 250}))
}
