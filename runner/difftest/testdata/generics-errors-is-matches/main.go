// difftest: same

// errors.Is inside generic functions over a type parameter constrained by
// error, for error and *Op instances, and a generic First that returns
// the zero value of its type parameter.
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Op struct {
	Name string
	Err  error
}

func (o *Op) Error() string { return o.Name + ": " + o.Err.Error() }
func (o *Op) Unwrap() error { return o.Err }

func Matches[E error](errs []E, target error) []int {
	var idx []int
	for i, e := range errs {
		if errors.Is(e, target) {
			idx = append(idx, i)
		}
	}
	return idx
}

func First[E comparable](xs []E, isBad func(E) bool) (E, bool) {
	for _, x := range xs {
		if isBad(x) {
			return x, true
		}
	}
	var zero E
	return zero, false
}

func main() {
	errs := []error{Code(1), &Op{"read", Code(2)}, fmt.Errorf("w: %w", Code(2)), nil}
	fmt.Println(Matches(errs, Code(2)), Matches(errs, Code(1)), Matches(errs, Code(3)))
	ops := []*Op{{"a", Code(5)}, {"b", Code(6)}}
	fmt.Println(Matches(ops, Code(6)))
	e, ok := First(errs, func(e error) bool { return e != nil && errors.Is(e, Code(2)) })
	fmt.Println(e, ok, e == errs[1])
	c, ok := First([]Code{1, 2, 3}, func(c Code) bool { return c > 1 })
	fmt.Println(c, ok, c == Code(2))
}
