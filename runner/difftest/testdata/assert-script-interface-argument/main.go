// difftest: same
package main

// Assertions of one value from an any to an interface the script declares,
// handed on at once as arguments, a nil interface among them.

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Ci struct{ R float64 }

func (c *Ci) Area() float64 { return 3 * c.R * c.R }

func describe(s Shape) string {
	if s == nil {
		return "nothing"
	}
	return fmt.Sprintf("%v with area %.1f", s, s.Area())
}

func main() {
	var a any = Sq{7}
	fmt.Println(describe(a.(Shape)))
	for _, v := range []any{Sq{1}, &Ci{2}} {
		fmt.Println(describe(v.(Shape)))
	}
	var none Shape
	fmt.Println(describe(none))
}
