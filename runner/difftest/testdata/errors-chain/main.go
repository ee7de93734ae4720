// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// OpError says which operation failed, and wraps why.
type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

// TimeoutError wraps an error and says it is a timeout too.
type TimeoutError struct{ Err error }

func (e *TimeoutError) Error() string        { return "timeout: " + e.Err.Error() }
func (e *TimeoutError) Unwrap() error        { return e.Err }
func (e *TimeoutError) Is(target error) bool { return target == os.ErrDeadlineExceeded }

var ErrClosed = errors.New("closed")

func main() {
	inner := &OpError{Op: "read", Err: io.EOF}
	outer := &OpError{Op: "serve", Err: inner}
	fmt.Println(outer, errors.Is(outer, io.EOF), errors.Is(outer, ErrClosed))
	fmt.Println(errors.Unwrap(outer) != nil, errors.Unwrap(errors.Unwrap(outer)) == io.EOF, errors.Unwrap(io.EOF) == nil)

	var op *OpError
	if errors.As(fmt.Errorf("handler: %w", outer), &op) {
		fmt.Println("as:", op.Op)
	}

	t := &TimeoutError{Err: ErrClosed}
	fmt.Println(errors.Is(t, os.ErrDeadlineExceeded), errors.Is(t, ErrClosed), errors.Is(t, io.EOF))
	wrapped := fmt.Errorf("dial: %w", t)
	fmt.Println(wrapped, errors.Is(wrapped, os.ErrDeadlineExceeded), errors.Is(wrapped, ErrClosed))

	joined := errors.Join(inner, ErrClosed, t)
	fmt.Println(errors.Is(joined, io.EOF), errors.Is(joined, ErrClosed), errors.Is(joined, os.ErrDeadlineExceeded))
	if errors.As(joined, &op) {
		fmt.Println("as in joined:", op.Op)
	}
	fmt.Println(errors.Is(fmt.Errorf("two: %w and %w", inner, t), os.ErrDeadlineExceeded))
}
