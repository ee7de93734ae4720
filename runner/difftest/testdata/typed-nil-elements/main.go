// difftest: same
package main

import (
	"errors"
	"fmt"
)

// Timeout is an error of a peer that did not answer.
type Timeout struct{ Peer string }

func (t *Timeout) Error() string { return t.Peer + " timed out" }

func main() {
	last := map[string]*Timeout{"a": {Peer: "a"}}
	fmt.Println(errors.Is(last["b"], nil))
	done := make(chan *Timeout, 1)
	done <- nil
	errs := []error{<-done}
	fmt.Println(errs[0] == nil)
}
