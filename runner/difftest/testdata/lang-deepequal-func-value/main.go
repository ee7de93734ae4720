// difftest: same
package main

// reflect.DeepEqual taken as a value, the comparison of a table test,
// on slices and maps of a script's interface.

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

type check struct {
	name      string
	got, want any
}

func main() {
	deq := reflect.DeepEqual
	equal := map[string]func(a, b any) bool{"deep": reflect.DeepEqual}
	checks := []check{
		{"slices", []Shape{Sq{1}, Sq{2}}, []Shape{Sq{1}, Sq{2}}},
		{"different", []Shape{Sq{1}}, []Shape{Sq{3}}},
		{"maps", map[string]Shape{"a": Sq{1}}, map[string]Shape{"a": Sq{1}}},
		{"ints", []int{1}, []int{1}},
	}
	for _, c := range checks {
		fmt.Println(c.name, deq(c.got, c.want), equal["deep"](c.got, c.want))
	}
}
