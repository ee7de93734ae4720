// difftest: same
package main

import (
	"errors"
	"fmt"
	"io"
)

type FieldError struct {
	Field string
}

func (e *FieldError) Error() string { return "bad field " + e.Field }

func validate(name, email string) error {
	var errs []error
	if name == "" {
		errs = append(errs, &FieldError{"name"})
	}
	if email == "" {
		errs = append(errs, &FieldError{"email"})
	}
	return errors.Join(errs...)
}

func main() {
	fmt.Println(validate("ann", "a@x") == nil)
	err := validate("", "")
	fmt.Println(err)
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Println("first bad field:", fe.Field)
	}
	j := errors.Join(io.EOF, &FieldError{"age"})
	fmt.Println(errors.Is(j, io.EOF), errors.As(j, &fe), fe.Field)
	wrapped := fmt.Errorf("request: %w", err)
	fmt.Println(errors.As(wrapped, &fe), fe.Field)
}
