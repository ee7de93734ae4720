// difftest: refused the interpreter keeps the methods it makes for an instance of a generic type by the method's name and type arguments alone
package main

import (
	"fmt"
)

type ErrBad[T any] struct{ V T }

func (e ErrBad[T]) Error() string { return fmt.Sprintf("bad %v", e.V) }

type PErr[T any] struct{ V T }

func (e *PErr[T]) Error() string { return fmt.Sprintf("perr %v / %s", e.V, fmt.Sprint(e.V)) }

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

type Ptr struct{ N int }

func (p *Ptr) String() string { return fmt.Sprintf("ptr%d", p.N) }

type Plain struct{ A, B int }

func main() {
	var err error = ErrBad[Coord]{Coord{1, 2}}
	fmt.Println(err)
	fmt.Println(ErrBad[Plain]{Plain{3, 4}})
	fmt.Println(ErrBad[*Ptr]{&Ptr{5}})
	fmt.Println(ErrBad[[]Coord]{[]Coord{{6, 7}}})
	fmt.Println(&PErr[Coord]{Coord{8, 9}})
	fmt.Println(&PErr[Plain]{Plain{1, 1}})
	err = &PErr[map[string]Coord]{map[string]Coord{"a": {2, 2}}}
	fmt.Println(err.Error())
}
