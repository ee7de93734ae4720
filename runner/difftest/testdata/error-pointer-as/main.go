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

func serve(fail bool) error {
	if !fail {
		return nil
	}
	var err error = ErrGone
	return fmt.Errorf("serve: %w", err)
}

func main() {
	for _, fail := range []bool{true, false} {
		err := serve(fail)
		var gone *GoneError
		fmt.Println(err, errors.As(err, &gone) && gone == ErrGone)
	}
}
