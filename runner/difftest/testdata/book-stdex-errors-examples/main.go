// difftest: same
package main

// The errors package's examples: New and fmt.Errorf with %w, Is through
// wrapping, As with *fs.PathError from a failed os.Open, Unwrap, Join
// with Is on both, and a MyError with a time whose Error is called.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

type MyError struct {
	When time.Time
	What string
}

func (e MyError) Error() string {
	return fmt.Sprintf("%v: %v", e.When.Format("2006-01-02"), e.What)
}

func oops() error {
	return MyError{time.Date(1989, 3, 15, 22, 30, 0, 0, time.UTC), "the file system has gone away"}
}

func main() {
	if err := oops(); err != nil {
		fmt.Println(err)
	}
	err := errors.New("emit macho dwarf: elf header corrupted")
	if err != nil {
		fmt.Print(err, "\n")
	}
	const name, id = "bimmler", 17
	err = fmt.Errorf("user %q (id %d) not found", name, id)
	fmt.Println(err.Error())

	if _, err := os.Open("non-existing"); err != nil {
		var pathError *fs.PathError
		if errors.As(err, &pathError) {
			fmt.Println("Failed at path:", pathError.Path, pathError.Op)
		} else {
			fmt.Println(err)
		}
		fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	}

	err1 := errors.New("error1")
	err2 := fmt.Errorf("error2: [%w]", err1)
	fmt.Println(err2)
	fmt.Println(errors.Unwrap(err2))
	fmt.Println(errors.Unwrap(errors.Unwrap(err2)))

	e1 := errors.New("err1")
	e2 := errors.New("err2")
	joined := errors.Join(e1, e2)
	fmt.Println(joined)
	if errors.Is(joined, e1) {
		fmt.Println("err is err1")
	}
	if errors.Is(joined, e2) {
		fmt.Println("err is err2")
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("%w and %w", e1, e2)
	fmt.Println(wrapped, errors.Is(wrapped, e2), errors.Unwrap(wrapped) == nil)
	fmt.Println(errors.Is(nil, e1), errors.ErrUnsupported)
}
