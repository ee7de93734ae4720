// difftest: same
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64      { return r.W * r.H }
func (r *Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Speaker interface{ Speak() string }

type Dog struct{}

func (*Dog) Speak() string { return "woof" }

func main() {
	things := []any{&Rect{2, 3}, "text", 42, errors.New("e"), &Dog{}, Rect{1, 1}}
	for _, t := range things {
		if s, ok := t.(Shape); ok {
			fmt.Printf("shape area %.1f perimeter %.1f\n", s.Area(), s.Perimeter())
		} else if sp, ok := t.(Speaker); ok {
			fmt.Println("speaks", sp.Speak())
		} else {
			fmt.Println("not a shape:", t)
		}
	}
}
