// difftest: refused errors.As into a string, which Go's errors.As panics on and socklab's answered false
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	err := fmt.Errorf("wrap: %w", errors.New("inner"))
	var msg string
	fmt.Println(errors.As(err, &msg), msg)
}
