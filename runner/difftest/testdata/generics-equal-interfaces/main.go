// difftest: same

// Generic functions and methods that compare values of a type parameter
// instantiated with interfaces: a Shape the program declares and error,
// with slices.Index, Contains, Equal, Compact and maps.Equal over them.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Changed[T comparable](old, new T) bool { return old != new }

type List[T comparable] struct{ items []T }

func (l *List[T]) Add(v T) bool {
	for _, x := range l.items {
		if x == v {
			return false
		}
	}
	l.items = append(l.items, v)
	return true
}

func (l *List[T]) Len() int { return len(l.items) }

func main() {
	c := &Circle{1}
	shapes := []Shape{Square{1}, c, Square{2}}
	fmt.Println(Index(shapes, Shape(Square{2})), Index(shapes, Shape(c)), Index(shapes, Shape(&Circle{1})))
	fmt.Println(Changed[Shape](Square{1}, Square{1}), Changed[Shape](Square{1}, c))
	fmt.Println(slices.Index(shapes, Shape(Square{1})), slices.Contains(shapes, Shape(c)), slices.Contains(shapes, Shape(Square{3})))
	fmt.Println(slices.Equal(shapes, []Shape{Square{1}, c, Square{2}}), slices.Equal(shapes, []Shape{Square{1}, c, Square{5}}))
	fmt.Println(len(slices.Compact([]Shape{Square{1}, Square{1}, c, c, Square{1}})))

	var l List[Shape]
	fmt.Println(l.Add(Square{1}), l.Add(Square{1}), l.Add(c), l.Add(c), l.Add(Square{2}), l.Len())

	var e1, e2 error = CodeErr{404}, CodeErr{404}
	errs := []error{errors.New("x"), e1}
	fmt.Println(Index(errs, e2), Index(errs, error(CodeErr{500})), slices.Index(errs, e2), Changed(e1, e2))
	var el List[error]
	fmt.Println(el.Add(e1), el.Add(e2), el.Add(CodeErr{1}), el.Len())
	m1 := map[string]Shape{"a": Square{1}, "b": c}
	m2 := map[string]Shape{"a": Square{1}, "b": c}
	fmt.Println(maps.Equal(m1, m2))
	m2["a"] = Square{9}
	fmt.Println(maps.Equal(m1, m2))
	fmt.Println(Index([]int{3, 4}, 4), Index([]string{"a"}, "b"), Changed(1.5, 1.5))
}
