// difftest: same
package main

import "fmt"

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprintf("Box<%v>", b.v) }

func Show[T any](v T) string { return fmt.Sprint("show:", v) }

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

type Ptr struct{ N int }

func (p *Ptr) String() string { return fmt.Sprintf("ptr%d", p.N) }

type Pair struct {
	A Coord
	B *Ptr
}

type Many []Coord

func main() {
	fmt.Println(Box[Ptr]{Ptr{1}})
	fmt.Println(Box[*Ptr]{&Ptr{2}})
	fmt.Println(Box[[]Coord]{[]Coord{{3, 3}}})
	fmt.Println(Box[Pair]{Pair{Coord{4, 4}, nil}})
	fmt.Println(Box[Many]{Many{{5, 5}}})
	fmt.Println(Box[map[string]Coord]{map[string]Coord{"k": {6, 6}}})
	fmt.Println(Show(Ptr{7}), Show([]Coord{{8, 8}}), Show(Pair{}), Show(Many{{9, 9}}))
}
