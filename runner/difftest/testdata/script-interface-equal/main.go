// difftest: same
// Values of interfaces with methods that the script declares compared
// with ==, != and in a switch: with values and pointers of the script's
// types, with each other, with nil, and one that embeds error.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type Named interface {
	Shape
	Name() string
}

type Sq int

func (s Sq) Area() int    { return int(s * s) }
func (s Sq) Name() string { return "sq" }

type Rect struct{ W, H int }

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R }

type Fail interface {
	error
	Code() int
}

type codeErr struct{ c int }

func (e *codeErr) Error() string { return "code" }
func (e *codeErr) Code() int     { return e.c }

var ErrA = &codeErr{1}

var unit Shape = Sq(1)

func main() {
	c := &Circle{1}
	shapes := []Shape{Sq(2), Rect{1, 2}, c, &Circle{1}, nil, Sq(1)}
	for i, s := range shapes {
		fmt.Println(i, s == Sq(2), s == Rect{1, 2}, s == c, s != nil, s == unit)
		switch s {
		case Sq(2), Rect{1, 2}:
			fmt.Println("sq2 or rect12")
		case c:
			fmt.Println("c")
		case nil:
			fmt.Println("nil")
		case unit:
			fmt.Println("unit")
		default:
			fmt.Println("other")
		}
	}
	var n Named = Rect{1, 2}
	var s Shape = Rect{1, 2}
	fmt.Println(n == s, s == n, Shape(n) == s, n != Rect{2, 1})
	switch n {
	case Sq(2):
		fmt.Println("sq")
	case s:
		fmt.Println("s")
	}
	var f Fail = ErrA
	var err error = ErrA
	fmt.Println(f == ErrA, err == f, errors.Is(err, ErrA), f != nil)
}
