// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
)

// MultiError wraps several errors, as errors.Join does.
type MultiError struct{ Errs []error }

func (m *MultiError) Error() string   { return fmt.Sprint(len(m.Errs), " errors") }
func (m *MultiError) Unwrap() []error { return m.Errs }

func main() {
	m := &MultiError{Errs: []error{io.EOF, io.ErrShortWrite}}
	fmt.Println(m, errors.Is(m, io.ErrShortWrite), errors.Is(m, io.ErrUnexpectedEOF))
}
