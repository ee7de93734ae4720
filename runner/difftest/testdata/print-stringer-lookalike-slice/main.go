// difftest: same
// %T of a fmt.Stringer holding a type on a slice of structs, beside a
// []Point of the same runtime form: the interpreter kept it bare in its
// wrapper, and %T named the wrapper.
package main

import "fmt"

type Point struct{ X, Y int }

type Path []Point

func (p Path) String() string { return fmt.Sprint(len(p)) }

func describe(s fmt.Stringer) string { return fmt.Sprintf("%T=%v", s, s) }

func main() {
	fmt.Println(describe(Path{{1, 2}}), []Point{{3, 4}})
}
