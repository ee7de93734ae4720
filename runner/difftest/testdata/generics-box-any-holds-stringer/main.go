// difftest: same
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box<%v>", b.v) }

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

func main() {
	fmt.Println(Box[any]{Coord{1, 1}})
	b := Box[any]{Coord{2, 3}}
	fmt.Printf("%v %s\n", b, b)
	fmt.Println(Box[Coord]{Coord{4, 5}})
	fmt.Println(Box[any]{42})
}
