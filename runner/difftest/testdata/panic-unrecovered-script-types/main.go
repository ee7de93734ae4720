// difftest: same
package main

// A connection's state machine that panics on a transition it does not
// know, with an error type of its own that names the states by their
// String method, raised again by a deferred call that logs it: the
// program ends with exit status 2, and its report on standard error is
// the error's text, "[recovered, repanicked]" after it, as a Go build's.

import "fmt"

type State int

const (
	Closed State = iota
	Open
	Draining
)

func (s State) String() string { return [...]string{"closed", "open", "draining"}[s] }

type BadTransition struct {
	From, To State
}

func (e *BadTransition) Error() string {
	return fmt.Sprintf("cannot go from %v to %v", e.From, e.To)
}

type Conn struct{ state State }

func (c *Conn) move(to State) {
	if to == c.state || to == Closed && c.state == Draining {
		panic(&BadTransition{c.state, to})
	}
	fmt.Printf("%v -> %v\n", c.state, to)
	c.state = to
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("giving up:", r)
		panic(r)
	}()
	c := &Conn{}
	c.move(Open)
	c.move(Draining)
	c.move(Closed)
	fmt.Println("not reached")
}
