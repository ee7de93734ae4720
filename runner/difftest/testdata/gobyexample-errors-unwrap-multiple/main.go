// difftest: same
// An error type of the program's own whose Unwrap returns several errors:
// errors.Is and errors.As search all of them, through a %w wrap and
// errors.Join too.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type MultiErr struct{ errs []error }

func (m MultiErr) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m MultiErr) Unwrap() []error { return m.errs }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	m := MultiErr{[]error{io.EOF, Code(3), fmt.Errorf("w: %w", os.ErrPermission)}}
	fmt.Println(m, errors.Is(m, io.EOF), errors.Is(m, os.ErrPermission), errors.Is(m, os.ErrClosed))
	var c Code
	fmt.Println(errors.As(m, &c), c)
	wrapped := fmt.Errorf("top: %w", m)
	fmt.Println(errors.Is(wrapped, io.EOF), wrapped)
	var m2 MultiErr
	fmt.Println(errors.As(wrapped, &m2), len(m2.errs))
	j := errors.Join(Code(1), Code(2))
	var c2 Code
	fmt.Println(errors.As(j, &c2), c2, j)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
