// difftest: refused the interpreter calls the String of a pointer receiver for a value printed in a generic error type's method
package main

import "fmt"

type ErrBad[T any] struct{ V T }

func (e ErrBad[T]) Error() string { return fmt.Sprintf("bad %v", e.V) }

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

type Ptr struct{ N int }

func (p *Ptr) String() string { return fmt.Sprintf("ptr%d", p.N) }

type Plain struct{ A, B int }

func main() {
	fmt.Println(ErrBad[Coord]{Coord{1, 2}})
	fmt.Println(ErrBad[Plain]{Plain{3, 4}})
	fmt.Println(ErrBad[*Ptr]{&Ptr{5}})
	fmt.Println(ErrBad[Ptr]{Ptr{6}})
	fmt.Println(ErrBad[[]Coord]{[]Coord{{6, 7}}})
	fmt.Println(ErrBad[map[string]Coord]{map[string]Coord{"a": {2, 2}}})
}
