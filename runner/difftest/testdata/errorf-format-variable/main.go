// difftest: same
// Errors built with a format kept in a variable or a table, wrapping
// another error with %w: errors.Is, errors.As and errors.Unwrap see the
// wrapped error, and the message prints the script's types as Go does.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Conn struct {
	ID   int
	addr string
}

type TimeoutError struct {
	Op string
}

func (e *TimeoutError) Error() string { return e.Op + ": timeout" }

var formats = map[string]string{
	"read":  "conn %+v: read failed: %w",
	"write": "conn %v (%T): write failed: %w",
}

func fail(op string, c Conn, cause error) error {
	if op == "write" {
		return fmt.Errorf(formats[op], c, c, cause)
	}
	return fmt.Errorf(formats[op], c, cause)
}

func main() {
	c := Conn{7, "10.0.0.2:80"}
	e1 := fail("read", c, io.EOF)
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, io.EOF), errors.Unwrap(e1) == io.EOF)
	te := &TimeoutError{"write"}
	e2 := fail("write", c, te)
	fmt.Println(e2)
	var target *TimeoutError
	fmt.Println(errors.As(e2, &target), target == te, errors.Unwrap(e2) == error(te))
	format := "%v and %w and %w"
	e3 := fmt.Errorf(format, c, io.EOF, te)
	fmt.Println(e3, errors.Is(e3, io.EOF), errors.Is(e3, te), errors.Unwrap(e3) == nil)
	fmt.Printf("%T %T %T\n", e1, e3, errors.New("x"))
	e5 := fmt.Errorf(format[8:], te, c)
	fmt.Println(e5, errors.Unwrap(e5) == error(te), errors.As(e5, &target))
	e4 := fmt.Errorf(format[:2], c)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
}
