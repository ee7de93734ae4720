// difftest: same
package main

// A validation that gathers errors of value types (a struct with
// unexported fields, one that wraps another error) with errors.Join, as
// the errors package's Join example does, then asks the joined error
// with Is and As and prints it.

import (
	"errors"
	"fmt"
	"os"
)

type E struct {
	code int
	msg  string
}

func (e E) Error() string { return fmt.Sprintf("%d: %s", e.code, e.msg) }

type Wrap struct {
	Op  string
	Err error
}

func (w Wrap) Error() string { return w.Op + ": " + w.Err.Error() }
func (w Wrap) Unwrap() error { return w.Err }

func main() {
	_, ferr := os.Open("missing-file")
	j := errors.Join(E{1, "one"}, Wrap{"open", ferr}, E{2, "two"})
	fmt.Println(j)
	fmt.Println(errors.Is(j, os.ErrNotExist), errors.Is(j, E{2, "two"}))
	var pe *os.PathError
	fmt.Println(errors.As(j, &pe), pe.Path)
	fmt.Printf("%q\n", j.Error())
	fmt.Printf("%v|%+v|%s\n", j, j, j)
	k := errors.Join(j, Wrap{"again", j})
	fmt.Println(k)
	fmt.Println(errors.Is(k, os.ErrNotExist))
}
