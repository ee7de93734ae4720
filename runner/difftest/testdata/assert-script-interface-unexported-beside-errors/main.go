// difftest: same
package main

// An assertion to an interface of unexported methods, which no type of Go's
// library has, of an any that holds Go's errors too.

import (
	"errors"
	"fmt"
	"strconv"
)

type shape interface {
	area() float64
	perim() float64
}

type rect struct{ w, h float64 }

func (r rect) area() float64  { return r.w * r.h }
func (r rect) perim() float64 { return 2*r.w + 2*r.h }

func inspect(v any) {
	if s, ok := v.(shape); ok {
		fmt.Println("shape", s.area(), s.perim())
		return
	}
	fmt.Println("not a shape:", v)
}

func main() {
	inspect(rect{3, 4})
	inspect(errors.New("bad"))
	_, err := strconv.Atoi("x")
	inspect(err)
	inspect(fmt.Sprint(1))
}
