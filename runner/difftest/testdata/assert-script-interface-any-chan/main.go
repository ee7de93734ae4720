// difftest: same
package main

// An assertion to an interface the script declares of a value stored as that
// interface and then as any, of a map's and a channel's values, and the nil
// interface a failed one gives.

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var sh Shape = Circle{2}
	var a any = sh
	if s, ok := a.(Shape); ok {
		fmt.Println("area", s.Area())
	}
	box := map[string]any{"c": sh, "n": 1}
	for _, k := range []string{"c", "n"} {
		_, ok := box[k].(Shape)
		fmt.Println(k, ok)
	}
	ch := make(chan any, 2)
	ch <- Circle{1}
	ch <- "x"
	close(ch)
	for v := range ch {
		s, ok := v.(Shape)
		fmt.Println(ok, s != nil)
	}
}
