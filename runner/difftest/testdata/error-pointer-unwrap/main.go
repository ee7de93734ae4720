// difftest: same
// A parse error that wraps its cause, stored as a value: Go finds no
// Unwrap on the value, so errors.Is does not reach the cause, while a
// pointer to it does.
package main

import (
	"errors"
	"fmt"
	"io"
)

// ParseError says where a message could not be read.
type ParseError struct {
	Line  int
	Cause error
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Cause) }

// Unwrap gives the cause, to a pointer only.
func (e *ParseError) Unwrap() error { return e.Cause }

func main() {
	var byValue error = ParseError{3, io.ErrUnexpectedEOF}
	var byPointer error = &ParseError{4, io.ErrUnexpectedEOF}
	fmt.Println(byValue, errors.Is(byValue, io.ErrUnexpectedEOF), errors.Unwrap(byValue))
	fmt.Println(byPointer, errors.Is(byPointer, io.ErrUnexpectedEOF), errors.Unwrap(byPointer))
}
