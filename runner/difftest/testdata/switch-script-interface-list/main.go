// difftest: same
package main

// A type switch case listing two interfaces the script declares.

import "fmt"

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Circle struct{ R float64 }
type Tag struct{ N string }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (t Tag) Name() string     { return t.N }

func main() {
	for _, v := range []any{Circle{1}, Tag{"t"}, 1.5} {
		switch x := v.(type) {
		case Shape, Named:
			fmt.Printf("special %v\n", x)
		default:
			fmt.Printf("plain %v\n", x)
		}
	}
}
