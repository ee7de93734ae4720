// difftest: same
package main

import (
	"errors"
	"fmt"
)

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box<%v>", b.v) }

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

type Node struct{ Val int }

func (n *Node) String() string { return fmt.Sprintf("node%d", n.Val) }

type Raw struct {
	A int
	B string
}

func main() {
	items := []Box[any]{
		{Coord{1, 1}},
		{&Coord{2, 2}},
		{&Node{3}},
		{Node{4}},
		{Raw{5, "r"}},
		{[]Coord{{6, 6}}},
		{errors.New("boom")},
		{nil},
		{Box[any]{Coord{7, 7}}},
		{map[string]Coord{"k": {8, 8}}},
	}
	for _, it := range items {
		fmt.Println(it)
	}
	fmt.Println(items[0], items[8])
	fmt.Printf("%s|%v\n", items[0], items[2])
}
