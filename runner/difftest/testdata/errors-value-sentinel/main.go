// difftest: same
package main

import (
	"errors"
	"fmt"
)

// Status is a reply code that is an error.
type Status int

func (s Status) Error() string { return fmt.Sprint("status ", int(s)) }

// NotFound is the status a lookup of an unknown key replies.
const NotFound Status = 404

func lookup(key string) error {
	if key != "a" {
		return NotFound
	}
	return nil
}

func main() {
	err := lookup("b")
	fmt.Println(err, err == NotFound)
	fmt.Println(errors.Is(fmt.Errorf("get b: %w", err), NotFound))
}
