// difftest: same

// Generic structs whose fields hold an interface the program declares or
// error, compared with == in main and in generic methods and functions.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Pair[T any] struct{ A, B T }

type Box[T comparable] struct{ V T }

func (b Box[T]) Is(v T) bool { return b.V == v }

func Same[T comparable](a, b Box[T]) bool { return a == b }

type NotFound struct{ K string }

func (e NotFound) Error() string { return "nf " + e.K }

func Count[T comparable](xs []T, v T) (n int) {
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return
}

func main() {
	a := Pair[Shape]{Sq{1}, Sq{2}}
	b := Pair[Shape]{Sq{1}, Sq{2}}
	fmt.Println(a == b, a != b, a == Pair[Shape]{Sq{2}, Sq{1}})
	fmt.Println(Box[Shape]{Sq{3}}.Is(Sq{3}), Same(Box[Shape]{Sq{1}}, Box[Shape]{Sq{1}}))
	fmt.Println(Count([]Pair[Shape]{a, b, {}}, a))
	var e error = NotFound{"x"}
	fmt.Println(Box[error]{e}.Is(NotFound{"x"}), Count([]error{e, errors.New("y"), NotFound{"x"}}, e))
	wrapped := fmt.Errorf("w: %w", e)
	fmt.Println(errors.Is(wrapped, NotFound{"x"}), Count([]any{1, "a", 1}, any(1)))
}
