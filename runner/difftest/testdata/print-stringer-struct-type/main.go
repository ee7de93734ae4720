// difftest: same
package main

import "fmt"

// A struct with a value String method, stored as fmt.Stringer: %T and
// %#v name its type under Go.
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	var s fmt.Stringer = Point{1, 2}
	fmt.Printf("%v %T\n", s, s)
	fmt.Printf("%#v\n", s)
}
