// difftest: same

// Generic functions that print values of their type parameters with
// Println, Printf and Fprintf, instantiated with an interface the program
// declares, error, a slice of interfaces holding nil, and nil itself.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circle struct{ R float64 }

func (s Sq) Area() float64      { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Wrapped struct{ Inner error }

func (w *Wrapped) Error() string { return "wrapped: " + w.Inner.Error() }
func (w *Wrapped) Unwrap() error { return w.Inner }

func Show[T any](label string, xs ...T) string {
	var b strings.Builder
	for i, x := range xs {
		fmt.Fprintf(&b, "%s[%d]=%v ", label, i, x)
	}
	return b.String()
}

func Print[T any](v T) {
	fmt.Println(v)
	fmt.Printf("%v|%+v\n", v, v)
}

func Errs[E error](es ...E) {
	for _, e := range es {
		fmt.Println(e.Error(), e)
	}
}

func main() {
	fmt.Println(Show[Shape]("s", Sq{1}, &Circle{2}))
	Print[Shape](Sq{3})
	Print[error](Code(4))
	Print[error](&Wrapped{Code(5)})
	Print(Code(6))
	Errs[error](Code(7), errors.New("plain"), &Wrapped{Code(8)})
	Errs(Code(9))
	Print[any](nil)
	Print[Shape](nil)
	Print([]Shape{Sq{1}, nil})
	var ce error = Code(1)
	fmt.Println(errors.Is(&Wrapped{ce}, Code(1)), errors.Is(fmt.Errorf("x: %w", ce), Code(2)))
}
