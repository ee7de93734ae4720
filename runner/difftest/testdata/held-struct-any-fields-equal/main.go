// difftest: same

// Structs and arrays with fields of type any that hold values of types
// with methods, compared with == and !=, directly and in generic code.
package main

import "fmt"

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

type Move struct {
	From, To any
}

type Pair[A, B comparable] struct {
	First  A
	Second B
}

func Same[T comparable](a, b T) bool { return a == b }

func main() {
	a := Move{Coord{0, 0}, Coord{1, 2}}
	b := Move{Coord{0, 0}, Coord{1, 2}}
	c := Move{Coord{0, 0}, "home"}
	fmt.Println(a == b, a != b, a == c, c == Move{Coord{0, 0}, "home"})
	history := []Move{a, c}
	for i, m := range history {
		fmt.Println(i, m == b, m)
	}
	arr := [2]any{Coord{1, 1}, 1}
	arr2 := [2]any{Coord{1, 1}, 1}
	fmt.Println(arr == arr2, arr != [2]any{Coord{1, 1}, 2})
	p := Pair[any, any]{Coord{1, 1}, 3}
	q := Pair[any, any]{Coord{1, 1}, 3}
	fmt.Println(p == q, Same(p, q), Same(a, c))
}
