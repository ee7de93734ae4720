// difftest: same

// A generic ring with an iter.Seq2 method whose Find compares values of
// its type parameter inside a range over that function, and a generic
// Position over slices.Values, for an interface, error and int.
package main

import (
	"fmt"
	"iter"
	"slices"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Ring[T comparable] struct {
	items []T
	start int
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range len(r.items) {
			if !yield(i, r.items[(r.start+i)%len(r.items)]) {
				return
			}
		}
	}
}

func (r *Ring[T]) Find(v T) int {
	for i, x := range r.All() {
		if x == v {
			return i
		}
	}
	return -1
}

func Position[T comparable](seq iter.Seq[T], v T) int {
	i := 0
	for x := range seq {
		if x == v {
			return i
		}
		i++
	}
	return -1
}

func main() {
	r := &Ring[Shape]{[]Shape{Sq{1}, Sq{2}, Sq{3}}, 1}
	fmt.Println(r.Find(Sq{1}), r.Find(Sq{3}), r.Find(Sq{9}))
	ri := &Ring[int]{[]int{5, 6, 7}, 2}
	fmt.Println(ri.Find(5), ri.Find(7))
	fmt.Println(Position(slices.Values([]Shape{Sq{4}, Sq{5}}), Shape(Sq{5})))
	var errs []error
	errs = append(errs, fmt.Errorf("a"), nil)
	fmt.Println(Position(slices.Values(errs), nil))
}
