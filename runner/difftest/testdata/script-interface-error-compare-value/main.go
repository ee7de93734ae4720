// difftest: refused the interpreter keeps a struct value converted from an interface the script declares to error in a wrapper that holds its field, so == with the sentinel is false
package main

// The same sentinel as script-interface-error-wrap, of a struct type with
// value receivers: stored as an error and compared with the sentinel.

import (
	"errors"
	"fmt"
)

type Fault interface {
	error
	Fatal() bool
}

type fault struct{ msg string }

func (f fault) Error() string { return f.msg }
func (f fault) Fatal() bool   { return false }

var ErrOne Fault = fault{"one"}

func main() {
	var e error = ErrOne
	fmt.Println(e == ErrOne)
	w := fmt.Errorf("w: %w", ErrOne)
	fmt.Println(errors.Unwrap(w) == ErrOne, errors.Is(w, ErrOne))
	var pe *fault
	_ = pe
	fmt.Println(errors.Unwrap(w) == error(ErrOne))
}
