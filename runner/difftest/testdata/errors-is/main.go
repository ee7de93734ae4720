// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	if key != "x" {
		return fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return nil
}

func main() {
	err := find("y")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, io.EOF))
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
	wrapped := fmt.Errorf("layer 2: %w", err)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	joined := errors.Join(io.EOF, ErrNotFound)
	fmt.Println(errors.Is(joined, io.EOF), errors.Is(joined, io.ErrUnexpectedEOF))
	fmt.Println(joined)
	_, err = os.Open("does-not-exist.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
}
