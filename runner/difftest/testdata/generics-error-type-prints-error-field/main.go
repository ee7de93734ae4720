// difftest: same
package main

import (
	"errors"
	"fmt"
)

type OpError[T any] struct {
	Op  string
	Arg T
	Err error
}

func (e *OpError[T]) Error() string { return fmt.Sprintf("%s(%v): %v", e.Op, e.Arg, e.Err) }

func (e *OpError[T]) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

var ErrEmpty = errors.New("empty")

func main() {
	inner := &OpError[string]{"parse", "x1", Code(7)}
	outer := &OpError[int]{"load", 42, inner}
	var err error = outer
	fmt.Println(err)
	fmt.Println(&OpError[string]{"read", "f", ErrEmpty})
	fmt.Printf("%v|%s\n", err, err)
	var c Code
	fmt.Println(errors.As(err, &c), c)
	var oe *OpError[string]
	fmt.Println(errors.As(err, &oe), oe.Arg)
	fmt.Println(errors.Is(&OpError[int]{"x", 1, ErrEmpty}, ErrEmpty))
	self := &OpError[int]{"self", 1, &OpError[int]{"in", 2, nil}}
	fmt.Println(self)
}
