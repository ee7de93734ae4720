// difftest: refused errors.AsType of an interface the script's error implements finds nothing in the interpreter
package main

// Go 1.26's errors.AsType with an interface the script declares, which its
// own error type implements: Go finds the error in the chain.

import (
	"errors"
	"fmt"
)

type Coder interface {
	error
	Code() int
}

type HTTPError struct{ Status int }

func (e HTTPError) Error() string { return fmt.Sprint("http status ", e.Status) }
func (e HTTPError) Code() int     { return e.Status }

func fetch(path string) error {
	if path == "/missing" {
		return fmt.Errorf("fetch %s: %w", path, HTTPError{404})
	}
	return nil
}

func main() {
	for _, p := range []string{"/", "/missing"} {
		err := fetch(p)
		if c, ok := errors.AsType[Coder](err); ok {
			fmt.Println(p, "failed with code", c.Code())
			continue
		}
		fmt.Println(p, "ok")
	}
}
