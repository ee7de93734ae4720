// difftest: same
package main

import (
	"errors"
	"fmt"
)

// NotFound says which user is missing.
type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

// check returns a *NotFound for an unknown name, and nil otherwise.
func check(name string) *NotFound {
	if name != "ada" {
		return &NotFound{Name: name}
	}
	return nil
}

func lookup(name string) error {
	return check(name)
}

func main() {
	err := lookup("ada")
	fmt.Println("error:", err != nil)
	var nf *NotFound
	fmt.Println("as:", errors.As(lookup("bob"), &nf), nf.Name)
}
