// difftest: same
package main

// A sentinel error declared with an interface type of the program's own
// (Fault, which embeds error), wrapped with fmt.Errorf's %w, found again
// with errors.Is and compared with what errors.Unwrap returns.

import (
	"errors"
	"fmt"
)

type Fault interface {
	error
	Fatal() bool
}

type fault struct{ msg string }

func (f *fault) Error() string { return f.msg }
func (f *fault) Fatal() bool   { return false }

var ErrOne Fault = &fault{"one"}

func main() {
	var e error = ErrOne
	fmt.Println(e == ErrOne)
	w := fmt.Errorf("w: %w", ErrOne)
	fmt.Println(errors.Unwrap(w) == ErrOne, errors.Is(w, ErrOne))
	var pe *fault
	_ = pe
	fmt.Println(errors.Unwrap(w) == error(ErrOne))
}
