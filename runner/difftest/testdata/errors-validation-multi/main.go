// difftest: same
package main

import (
	"errors"
	"fmt"
	"strings"
)

// ErrRequired and ErrTooLong say what is wrong with one field.
var (
	ErrRequired = errors.New("is required")
	ErrTooLong  = errors.New("is too long")
)

// FieldError says which field of a request is wrong, and why.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + " " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// ValidationError collects every field error of one request.
type ValidationError struct{ Fields []error }

func (v *ValidationError) Error() string {
	msgs := make([]string, len(v.Fields))
	for i, e := range v.Fields {
		msgs[i] = e.Error()
	}
	return "invalid request: " + strings.Join(msgs, "; ")
}

func (v *ValidationError) Unwrap() []error { return v.Fields }

// Request is what a client sends to register.
type Request struct{ Name, Nick, Room string }

func validate(r Request) error {
	var fields []error
	if r.Name == "" {
		fields = append(fields, &FieldError{"name", ErrRequired})
	}
	if len(r.Nick) > 8 {
		fields = append(fields, &FieldError{"nick", ErrTooLong})
	}
	if r.Room == "" {
		fields = append(fields, &FieldError{"room", ErrRequired})
	}
	if len(fields) == 0 {
		return nil
	}
	return &ValidationError{Fields: fields}
}

func main() {
	for _, r := range []Request{
		{Name: "ada", Nick: "ada", Room: "lobby"},
		{Nick: "grace_hopper", Room: "lobby"},
		{Nick: "bob"},
	} {
		err := validate(r)
		fmt.Println(err)
		if err == nil {
			continue
		}
		wrapped := fmt.Errorf("register %q: %w", r.Nick, err)
		fmt.Println(" required:", errors.Is(wrapped, ErrRequired), "too long:", errors.Is(wrapped, ErrTooLong))
		fmt.Println(" unwrap:", errors.Unwrap(err) == nil, errors.Unwrap(wrapped) != nil)
		var fe *FieldError
		if errors.As(wrapped, &fe) {
			fmt.Println(" first field:", fe.Field)
		}
		var ve *ValidationError
		if errors.As(wrapped, &ve) {
			fmt.Println(" fields:", len(ve.Fields))
		}
	}
}
