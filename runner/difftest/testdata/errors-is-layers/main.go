// difftest: same
// Sentinels of a script's pointer types, found by errors.Is through
// several %w layers and in errors.Join, and errors.Unwrap's result
// compared with them.
package main

import (
	"errors"
	"fmt"
	"io"
)

// ClosedError says the peer closed the connection.
type ClosedError struct{ Peer string }

func (e *ClosedError) Error() string { return e.Peer + " closed" }

// LimitError says a message was too long.
type LimitError struct{ Max int }

func (e *LimitError) Error() string { return fmt.Sprint("longer than ", e.Max) }

var (
	ErrClosed = &ClosedError{Peer: "client"}
	ErrLimit  = &LimitError{Max: 64}
)

func read(n int) error {
	switch n {
	case 0:
		return ErrClosed
	case 1:
		return ErrLimit
	case 2:
		return io.EOF
	}
	return &ClosedError{Peer: "client"}
}

func main() {
	for n := 0; n < 4; n++ {
		err := read(n)
		one := fmt.Errorf("read: %w", err)
		three := fmt.Errorf("serve: %w", fmt.Errorf("session %d: %w", n, one))
		joined := errors.Join(io.ErrUnexpectedEOF, three)
		both := fmt.Errorf("both: %w and %w", io.ErrClosedPipe, joined)
		fmt.Println(n, errors.Is(three, ErrClosed), errors.Is(three, ErrLimit), errors.Is(three, io.EOF))
		fmt.Println(n, errors.Is(joined, ErrClosed), errors.Is(joined, ErrLimit), errors.Is(both, ErrClosed), errors.Is(both, io.ErrClosedPipe))
		fmt.Println(n, errors.Unwrap(one) == ErrClosed, errors.Unwrap(one) != ErrLimit, errors.Unwrap(errors.Unwrap(three)) == one)
		fmt.Println(n, errors.Is(errors.Join(ErrLimit, err), ErrClosed), errors.Is(three, &ClosedError{Peer: "client"}))
	}
}
