// difftest: same
// A struct with a value String method, stored as fmt.Stringer and then
// as an empty interface, asserted back to its type and compared: the
// interpreter's wrapper holds a field of the struct, not the struct.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	var s fmt.Stringer = Point{1, 2}
	var v any = s
	fmt.Println(v)
	if p, ok := v.(Point); ok {
		fmt.Println("a point", p.X)
	}
	fmt.Println(v == Point{1, 2})
}
