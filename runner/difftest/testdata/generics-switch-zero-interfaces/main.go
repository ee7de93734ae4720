// difftest: same

// Generic functions and methods that compare values of a type parameter
// with its zero value, new(T) and a switch's cases, instantiated with an
// interface the program declares, with error and with basic types.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type E struct{ c int }

func (e *E) Error() string { return fmt.Sprint("e", e.c) }

func IsZero[T comparable](v T) bool {
	var zero T
	return v == zero
}

func Classify[T comparable](v, a, b T) string {
	switch v {
	case a:
		return "a"
	case b:
		return "b"
	}
	return "none"
}

func FirstNonZero[T comparable](xs ...T) (T, int) {
	for i, x := range xs {
		if x != *new(T) {
			return x, i
		}
	}
	var z T
	return z, -1
}

type Pair[T comparable] struct{ A, B T }

func (p Pair[T]) Same() bool { return p.A == p.B }

func main() {
	fmt.Println(IsZero[Shape](nil), IsZero[Shape](Sq{0}), IsZero(0), IsZero(""), IsZero[error](nil))
	fmt.Println(Classify[Shape](Sq{2}, Sq{1}, Sq{2}), Classify(3, 1, 2), Classify("a", "a", "b"))
	v, i := FirstNonZero[Shape](nil, nil, Sq{3})
	fmt.Println(v, i)
	e := &E{1}
	err, j := FirstNonZero[error](nil, e)
	fmt.Println(err, j, err == e, errors.Is(err, e))
	fmt.Println(Pair[Shape]{Sq{1}, Sq{1}}.Same(), Pair[Shape]{Sq{1}, Sq{2}}.Same(), Pair[int]{1, 1}.Same())
	fmt.Println(Pair[error]{e, e}.Same(), Pair[error]{e, &E{1}}.Same())
}
