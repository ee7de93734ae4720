// difftest: same
package main

import (
	"errors"
	"fmt"
)

type StatusError struct{ Code int }

func (e *StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

func fetch(path string) error {
	if path == "/missing" {
		return fmt.Errorf("fetch %s: %w", path, &StatusError{404})
	}
	return nil
}

func main() {
	err := fetch("/missing")
	var se *StatusError
	if errors.As(err, &se) {
		fmt.Println("status code", se.Code)
	}
	fmt.Println(err)
}
