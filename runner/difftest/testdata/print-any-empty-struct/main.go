// difftest: same
package main

// Values of struct types of no fields, held as any, printed in a program
// that declares a type with an Error method: socklab asks such a value
// for the script's types to print them as Go does, which the interpreter's
// assertion of a struct of no fields failed with a panic.

import (
	"fmt"
	"sync"
)

type done struct{}

type timeout struct{ after int }

func (t timeout) Error() string { return fmt.Sprintf("timed out after %d s", t.after) }

type opErr struct{ op string }

func (e *opErr) Error() string { return e.op + " failed" }

func main() {
	events := []any{done{}, timeout{5}, &opErr{"read"}, 7}
	for _, e := range events {
		fmt.Println(e)
		fmt.Printf("%v %+v %T\n", e, e, e)
		if _, ok := e.(*opErr); ok {
			fmt.Println("an *opErr")
		}
	}
	var seen sync.Map
	seen.Store("a", done{})
	v, _ := seen.Load("a")
	fmt.Println(v, v == done{})
}
