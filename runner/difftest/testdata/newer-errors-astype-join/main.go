// difftest: same
package main

// Go 1.26's errors.AsType beside errors.Join and %w: the first error of
// the type in the tree, depth first, through a pointer and a value type.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type PathErr struct{ Path string }

func (e *PathErr) Error() string { return "bad path " + e.Path }

func main() {
	err := fmt.Errorf("request: %w", errors.Join(
		CodeErr{404},
		fmt.Errorf("inner: %w", &PathErr{"/x"}),
		CodeErr{500},
	))
	if ce, ok := errors.AsType[CodeErr](err); ok {
		fmt.Println("code", ce.Code)
	}
	if pe, ok := errors.AsType[*PathErr](err); ok {
		fmt.Println("path", pe.Path)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println("fs?", ok)
	_, err = os.Open("no-such-file.txt")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path, errors.Is(pe, fs.ErrNotExist))
	}
	fmt.Println(err != nil)
}
