// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
)

type Wrapped struct {
	Op  string
	Err error
}

func (w *Wrapped) Error() string { return w.Op + ": " + w.Err.Error() }
func (w *Wrapped) Unwrap() error { return w.Err }

func step() any { return &Wrapped{"read", io.EOF} }

func main() {
	err := fmt.Errorf("step: %w", step())
	fmt.Println(err)
	fmt.Println(errors.Is(err, io.EOF))
	var w *Wrapped
	fmt.Println(errors.As(err, &w), w.Op)
}
