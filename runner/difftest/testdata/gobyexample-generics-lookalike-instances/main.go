// difftest: same
// Instances of generic types handed on as any: a Box of a Stringer, a Box
// of a Box, a PBox[int] whose String has a pointer receiver beside a
// Box[int] of the same fields, a List[int] with a String beside a bare
// []int, and a Set on a map.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("box(%v)", b.V) }

type PBox[T any] struct{ V T }

func (b *PBox[T]) String() string { return fmt.Sprintf("pbox(%v)", b.V) }

type List[T any] []T

func (l List[T]) String() string {
	parts := make([]string, len(l))
	for i, v := range l {
		parts[i] = fmt.Sprint(v)
	}
	return "<" + strings.Join(parts, ",") + ">"
}

type Set[T comparable] map[T]bool

func (s Set[T]) String() string { return fmt.Sprintf("set of %d", len(s)) }

func show(xs ...any) {
	for _, x := range xs {
		fmt.Print(x, "; ")
	}
	fmt.Println()
}

func main() {
	show(Box[Point]{Point{1, 2}}, Box[Box[int]]{Box[int]{3}}, PBox[int]{4}, &PBox[string]{"p"})
	show(List[int]{1, 2}, List[Point]{{5, 6}}, Set[string]{"a": true}, []int{7})
}
