// difftest: same
package main

// Error types as tutorials write them: a value-receiver error, a
// pointer-receiver error with Unwrap, an Is method matching by code,
// errors.Join of several, fmt.Errorf with two %w, and errors.As into
// each type through the whole tree.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type Code struct {
	N    int
	Kind string
}

func (c *Code) Error() string { return "code " + strconv.Itoa(c.N) }
func (c *Code) Is(target error) bool {
	t, ok := target.(*Code)
	return ok && (t.N == 0 || t.N == c.N)
}

var ErrBusy = errors.New("busy")

func step(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return &OpError{"read", NotFound{"a.txt"}}
	case 2:
		return fmt.Errorf("step %d: %w and %w", i, ErrBusy, &Code{N: 42})
	case 3:
		_, err := os.Open("missing.txt")
		return &OpError{"open", err}
	}
	return &Code{N: i}
}

func main() {
	var errs []error
	for i := range 5 {
		if err := step(i); err != nil {
			errs = append(errs, err)
		}
	}
	all := errors.Join(errs...)
	fmt.Println(all)
	fmt.Println("--")
	fmt.Println(errors.Is(all, ErrBusy), errors.Is(all, &Code{N: 42}), errors.Is(all, &Code{N: 0}), errors.Is(all, &Code{N: 7}))
	fmt.Println(errors.Is(all, fs.ErrNotExist), errors.Is(all, os.ErrNotExist))
	var nf NotFound
	if errors.As(all, &nf) {
		fmt.Println("as NotFound:", nf.Name)
	}
	var op *OpError
	if errors.As(all, &op) {
		fmt.Println("as OpError:", op.Op, op)
	}
	var c *Code
	if errors.As(all, &c) {
		fmt.Println("as Code:", c.N)
	}
	var pe *fs.PathError
	if errors.As(all, &pe) {
		fmt.Println("as PathError:", pe.Op, pe.Path, pe.Err)
	}
	for _, e := range errs {
		fmt.Printf("%T %v | %v\n", e, e, errors.Unwrap(e))
	}
	u, ok := all.(interface{ Unwrap() []error })
	fmt.Println(ok, len(u.Unwrap()))
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", errors.Join(errors.New("x"), errors.New("y")).Error())
}
