// difftest: same
package main

// The error values of chapter 7 of The Go Programming Language: os.Open
// of a missing file fails with a *os.PathError, whose fields a type
// assertion reaches and whose Err is syscall.ENOENT; the book's IsNotExist
// written with the assertion; errors.New values are distinct pointers; and
// syscall.Errno's Error method.

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

var ErrNotExist = errors.New("file does not exist")

// IsNotExist returns a boolean indicating whether the error is known to
// report that a file or directory does not exist. It is satisfied by
// ErrNotExist as well as some syscall errors.
func IsNotExist(err error) bool {
	if pe, ok := err.(*os.PathError); ok {
		err = pe.Err
	}
	return err == syscall.ENOENT || err == ErrNotExist
}

func main() {
	_, err := os.Open("no-such-file.txt")
	fmt.Println(err) // "open no-such-file.txt: no such file or directory"
	fmt.Printf("%#v\n", err.(*os.PathError).Op)
	pe := err.(*os.PathError)
	fmt.Println(pe.Op, pe.Path, pe.Err, pe.Err == syscall.ENOENT)
	fmt.Println(IsNotExist(err), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	fmt.Printf("%T %T\n", err, pe.Err)

	fmt.Println(errors.New("EOF") == errors.New("EOF")) // "false"

	var e error = syscall.Errno(2)
	fmt.Println(e.Error()) // "no such file or directory"
	fmt.Println(e)         // "no such file or directory"

	_, err = os.ReadFile("main.go/inside")
	var perr *os.PathError
	if errors.As(err, &perr) {
		fmt.Println(perr.Op, perr.Path, perr.Err == syscall.ENOTDIR)
	}
	err = os.Remove("no/such/dir/x")
	fmt.Println(err, IsNotExist(err))
}
