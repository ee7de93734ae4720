// difftest: same
package main

// An assertion to an interface the script declares, then from it to the
// concrete types, and %v and %T of the result.

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

func main() {
	var items []any
	items = append(items, Circle{1}, Rect{2, 3})
	for _, it := range items {
		s, ok := it.(Shape)
		if !ok {
			continue
		}
		if c, ok := s.(Circle); ok {
			fmt.Println("circle", c.R, s.Area())
		} else if r, ok := s.(Rect); ok {
			fmt.Println("rect", r.W, r.H, s.Area())
		}
		fmt.Printf("%v %T\n", s, s)
	}
}
