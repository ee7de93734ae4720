// difftest: same
// stderr: panic
package main

// A panic with a sentinel error of Go's library: recover returns that
// very value (== io.EOF), and one that nothing recovers ends the program.

import (
	"errors"
	"fmt"
	"io"
)

func read() (err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r, r == io.EOF)
			e, ok := r.(error)
			fmt.Println(ok, errors.Is(e, io.EOF))
			err = e
		}
	}()
	panic(io.EOF)
}

func main() {
	fmt.Println(read())
	panic(io.ErrUnexpectedEOF)
}
