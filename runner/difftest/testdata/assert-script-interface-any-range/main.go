// difftest: same
package main

// A comma-ok assertion to an interface the script declares, of values
// held in an []any: the script's types that implement it match, Go's do not.

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

func main() {
	things := []any{Circle{1}, Rect{2, 3}, "text", 42}
	for _, v := range things {
		if s, ok := v.(Shape); ok {
			fmt.Printf("shape area %.2f\n", s.Area())
		} else {
			fmt.Println("not a shape:", v)
		}
	}
}
