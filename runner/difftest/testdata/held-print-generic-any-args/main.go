// difftest: same

// Values printed from an any in a program with instances of a generic
// type whose type arguments are any.
package main

import "fmt"

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

type Pair[A, B any] struct {
	First  A
	Second B
}

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box<%v>", b.V) }

func main() {
	p := Pair[any, int]{Coord{1, 1}, 3}
	fmt.Println(p.First, p.Second)
	q := Pair[int, any]{1, "x"}
	fmt.Println(q.Second)
	var held any = p
	fmt.Println(held)
	fmt.Printf("%v %+v\n", held, q.First)
	b := Box[Coord]{Coord{2, 2}}
	var s fmt.Stringer = b
	fmt.Println(s, b.V)
	items := []any{Coord{0, 1}, 2, "three", Box[int]{4}, &Pair[any, any]{5, 6}}
	for _, it := range items {
		fmt.Println(it)
	}
}
