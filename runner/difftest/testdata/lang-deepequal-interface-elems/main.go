// difftest: same
package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R }

func main() {
	m1 := map[string]Shape{"a": Sq{1}, "b": &Circle{2}}
	m2 := map[string]Shape{"a": Sq{1}, "b": &Circle{2}}
	m3 := map[string]Shape{"a": Sq{1}, "b": &Circle{3}}
	fmt.Println(reflect.DeepEqual(m1, m2), reflect.DeepEqual(m1, m3))
	s1 := []Shape{Sq{1}, nil}
	s2 := []Shape{Sq{1}, nil}
	fmt.Println(reflect.DeepEqual(s1, s2), reflect.DeepEqual(s1, []Shape{Sq{1}}), reflect.DeepEqual(s1, []any{Sq{1}, nil}))
	var n1, n2 []Shape
	fmt.Println(reflect.DeepEqual(n1, n2), reflect.DeepEqual(n1, []Shape{}))
	a1 := [2]Shape{Sq{5}}
	a2 := [2]Shape{Sq{5}}
	fmt.Println(reflect.DeepEqual(a1, a2), reflect.DeepEqual(a1, [2]Shape{Sq{6}}))
	var a, b Shape = Sq{2}, Sq{2}
	fmt.Println(reflect.DeepEqual(a, b))
}
