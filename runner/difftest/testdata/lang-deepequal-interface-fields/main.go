// difftest: same
package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Scene struct {
	Name  string
	Main  Shape
	Extra []Shape
}

func main() {
	a := Scene{"x", Sq{1}, []Shape{Sq{2}}}
	b := Scene{"x", Sq{1}, []Shape{Sq{2}}}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(&a, &b))
	fmt.Println(reflect.DeepEqual([][]Shape{{Sq{1}}}, [][]Shape{{Sq{1}}}))
}
