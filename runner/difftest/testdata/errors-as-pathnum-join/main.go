// difftest: same

package main

// errors.As into the library's *fs.PathError and *strconv.NumError and a
// type of the program's own, through %w wrapping, errors.Join and two %w
// verbs.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type opErr struct {
	Op  string
	Err error
}

func (e *opErr) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *opErr) Unwrap() error { return e.Err }

func main() {
	_, err := os.Open("no-such-file.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, fs.ErrNotExist))
	e := &opErr{"load", err}
	w := fmt.Errorf("config: %w", e)
	fmt.Println(w)
	var oe *opErr
	fmt.Println(errors.As(w, &oe), oe.Op)
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	j := errors.Join(err, nil, e)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, fs.ErrNotExist), errors.Unwrap(j) == nil)
	w2 := fmt.Errorf("two: %w and %w", err, e)
	fmt.Println(errors.Is(w2, strconv.ErrSyntax), errors.Is(w2, os.ErrNotExist))
	fmt.Printf("%v|%+v|%s\n", oe, oe, e)
}
