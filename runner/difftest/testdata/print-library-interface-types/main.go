// difftest: same
package main

import (
	"errors"
	"fmt"
)

// A script's values held in interfaces of Go's library (error,
// fmt.Stringer), printed with %T and %#v: Go names their types.
type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprint("code ", c.N) }

type Timeout struct{ After int }

func (t *Timeout) Error() string { return "timeout" }

type Peer struct{ Name string }

func (p *Peer) String() string { return "peer " + p.Name }

func fail(n int) error {
	if n == 0 {
		return &Timeout{5}
	}
	return Code{n}
}

func main() {
	err := fail(3)
	fmt.Printf("%T %v %#v\n", err, err, err)
	err = fail(0)
	fmt.Printf("%T %v %+v\n", err, err, err)
	w := fmt.Errorf("wrap: %w", fail(4))
	fmt.Printf("%T %v\n", errors.Unwrap(w), w)
	var s fmt.Stringer = &Peer{"ann"}
	fmt.Printf("%T %v %+v\n", s, s, s)
	var a any = s
	fmt.Printf("%T %v\n", a, a)
	var e any = fail(5)
	fmt.Printf("%T %v\n", e, e)
}
