// difftest: same
package main

// A generic As[T] whose comma-ok assertion an instance makes one to an
// interface the script declares, of the script's values held in an any.

import (
	"fmt"
)

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func main() {
	s, ok := As[Shape](Circle{1})
	fmt.Println(ok, s != nil)
	_, ok = As[Shape]("x")
	fmt.Println(ok)
}
