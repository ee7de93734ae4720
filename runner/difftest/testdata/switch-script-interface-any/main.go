// difftest: same
package main

// A type switch on an any with a case of an interface the script declares,
// which a value type and a pointer type implement (a value of the pointer
// type does not).

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
func (r *Rect) Area() float64  { return r.W * r.H }

func main() {
	things := []any{Circle{1}, &Rect{2, 3}, "text", 42, Rect{1, 1}}
	for _, v := range things {
		switch s := v.(type) {
		case Shape:
			fmt.Printf("shape area %.2f\n", s.Area())
		case string:
			fmt.Println("string", s)
		default:
			fmt.Println("other:", s)
		}
	}
}
