// difftest: same
package main

import (
	"errors"
	"fmt"
)

// Shape is what the script draws.
type Shape interface{ Area() int }

// Square is a Shape, and an error when it has no side.
type Square struct{ Side int }

func (s *Square) Area() int {
	if s == nil {
		return -1
	}
	return s.Side * s.Side
}

func (s *Square) Error() string { return "no side" }

// ErrNoSide is the error of a square without a side.
var ErrNoSide = &Square{}

func check(side int) error {
	if side == 0 {
		return ErrNoSide
	}
	return nil
}

func none() Shape {
	var s *Square
	return s
}

func anything() any {
	var s *Square
	return s
}

func find(side int) *Square {
	if side > 0 {
		return &Square{Side: side}
	}
	return nil
}

func lookup(side int) error {
	s := find(side)
	if s == nil {
		return errors.New("not found")
	}
	return s
}

func main() {
	fmt.Println(check(0), check(1))
	s := none()
	fmt.Println(s == nil, s.Area(), anything() == nil)
	fmt.Println(lookup(0), lookup(2))
}
