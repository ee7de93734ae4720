// difftest: same
// A generic type with a Format method and a type with Format on a pointer
// receiver, held in an any, beside a type declared inside main.
package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "box(%v)", b.V) }

type Ptr struct{ N int }

func (p *Ptr) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "ptr(%d)", p.N) }

func main() {
	var a any = Box[int]{3}
	fmt.Println(a, Box[string]{"s"})
	var v any = Ptr{1}
	var p any = &Ptr{2}
	fmt.Println(v, p)
	type Local struct{ X int }
	var l any = Local{4}
	fmt.Println(l)
}
