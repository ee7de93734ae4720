// difftest: same
package main

import (
	"errors"
	"fmt"
)

// GoneError says a peer hung up.
type GoneError struct{ Peer string }

func (e *GoneError) Error() string { return e.Peer + " is gone" }

// ErrGone is the one GoneError the server reports.
var ErrGone = &GoneError{Peer: "client"}

func serve() error {
	var err error = ErrGone
	return fmt.Errorf("serve: %w", err)
}

func main() {
	err := serve()
	fmt.Println(errors.Is(err, ErrGone))
	fmt.Println(errors.Unwrap(err) == ErrGone)
}
