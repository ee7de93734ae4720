// difftest: same
package main

import (
	"errors"
	"fmt"
)

type Number interface{ ~int | ~float64 }

type Matrix[T Number] struct {
	rows, cols int
	data       []T
}

type DimError struct{ A, B [2]int }

func (e *DimError) Error() string {
	return fmt.Sprintf("dims %dx%d vs %dx%d", e.A[0], e.A[1], e.B[0], e.B[1])
}

func New[T Number](r, c int, vals ...T) Matrix[T] {
	m := Matrix[T]{r, c, make([]T, r*c)}
	copy(m.data, vals)
	return m
}

func (m Matrix[T]) Add(o Matrix[T]) (Matrix[T], error) {
	if m.rows != o.rows || m.cols != o.cols {
		return Matrix[T]{}, &DimError{[2]int{m.rows, m.cols}, [2]int{o.rows, o.cols}}
	}
	out := New[T](m.rows, m.cols)
	for i := range m.data {
		out.data[i] = m.data[i] + o.data[i]
	}
	return out, nil
}

func (m Matrix[T]) String() string {
	s := ""
	for r := 0; r < m.rows; r++ {
		s += fmt.Sprintln(m.data[r*m.cols : (r+1)*m.cols])
	}
	return s
}

type Score int

func main() {
	a := New(2, 2, 1, 2, 3, 4)
	b := New(2, 2, 10, 20, 30, 40)
	c, err := a.Add(b)
	fmt.Print(c, err, "\n")
	_, err = a.Add(New[int](1, 2))
	fmt.Println(err)
	var de *DimError
	fmt.Println(errors.As(err, &de), de.A, de.B)
	f := New(1, 2, 0.5, 1.5)
	fmt.Print(f)
	s := New[Score](1, 1, 7)
	fmt.Printf("%v", s)
}
