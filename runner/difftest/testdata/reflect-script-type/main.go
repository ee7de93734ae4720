// difftest: refused reflect sees the interpreter's own type for a type the script declares: a pool type for a named basic type, an unnamed struct without methods
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	var v any = Celsius(1.5)
	t := reflect.TypeOf(v)
	fmt.Println(t.Name(), t.String(), t.PkgPath(), t.Kind())
	pt := reflect.TypeOf(Point{1, 2})
	fmt.Println(pt.Name(), pt.String(), pt.NumMethod(), pt.NumField())
}
