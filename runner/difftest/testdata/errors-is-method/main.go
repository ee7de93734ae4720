// difftest: same
// A script's error type with an Is method that matches a sentinel of
// the script by its kind, found through %w by errors.Is.
package main

import (
	"errors"
	"fmt"
)

// Kind is a class of failure.
type Kind int

func (k Kind) Error() string { return [...]string{"timeout", "refused", "reset"}[k] }

const (
	Timeout Kind = iota
	Refused
	Reset
)

// NetError is a failure at an address, of a kind.
type NetError struct {
	Addr string
	Kind Kind
}

func (e *NetError) Error() string { return e.Addr + ": " + e.Kind.Error() }

// Is says that a NetError is its kind, and that any reset is refused too.
func (e *NetError) Is(target error) bool {
	return target == e.Kind || e.Kind == Reset && target == Refused
}

var ErrDown = &NetError{"127.0.0.1:9", Refused}

func main() {
	errs := []error{
		&NetError{"127.0.0.1:1", Timeout},
		fmt.Errorf("dial: %w", &NetError{"127.0.0.1:2", Reset}),
		fmt.Errorf("retry: %w", fmt.Errorf("dial: %w", ErrDown)),
	}
	for _, err := range errs {
		fmt.Println(err)
		fmt.Println(errors.Is(err, Timeout), errors.Is(err, Refused), errors.Is(err, Reset), errors.Is(err, ErrDown))
		var ne *NetError
		fmt.Println(errors.As(err, &ne) && ne == ErrDown, ne.Kind == Refused)
	}
}
