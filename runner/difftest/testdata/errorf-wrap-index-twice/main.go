// difftest: same
// An error message template names the cause twice by its index, and a
// request of the script's type beside it: fmt.Errorf wraps the cause
// once, so Unwrap() []error holds it once, in the order of the indexes.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type Request struct {
	Method string
	path   string
}

var templates = []string{
	"%[1]w (%[2]+v): giving up after %[1]w",
	"%[3]w, then %[1]w on %[2]v, then %[3]w",
	"%[2]T failed: %[1]w",
}

func fail(i int, req Request, errs ...error) error {
	args := []any{errs[0], req}
	if len(errs) > 1 {
		args = append(args, errs[1])
	}
	return fmt.Errorf(templates[i], args...)
}

func show(err error) {
	fmt.Println(err)
	fmt.Printf("%T is EOF %t, closed %t\n", err, errors.Is(err, io.EOF), errors.Is(err, os.ErrClosed))
	if m, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("wraps", len(m.Unwrap()), m.Unwrap())
	} else {
		fmt.Println("unwraps to", errors.Unwrap(err))
	}
}

func main() {
	req := Request{"GET", "/index.html"}
	show(fail(0, req, io.EOF))
	show(fail(1, req, io.EOF, os.ErrClosed))
	show(fail(2, req, os.ErrClosed))
	format := "%[2]v: %[1]w; %[1]w"
	err := fmt.Errorf(format, io.ErrUnexpectedEOF, req)
	show(err)
	fmt.Println(errors.Is(err, io.ErrUnexpectedEOF), errors.Unwrap(err) == nil)
}
