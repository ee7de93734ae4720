// difftest: same
// Two error types of one underlying type, and two struct types of the
// same fields: values of different types are never equal as errors,
// although the values inside them are.
package main

import (
	"errors"
	"fmt"
)

// Status is an HTTP-like status.
type Status int

func (s Status) Error() string { return fmt.Sprint("status ", int(s)) }

// Code is a reply code of the same numbers.
type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

// Reason and Cause are errors of the same fields.
type Reason struct{ Text string }

func (r Reason) Error() string { return r.Text }

type Cause struct{ Text string }

func (c Cause) Error() string { return c.Text }

const NotFound Status = 404

var ErrLost = Reason{"lost"}

func get(which int) error {
	switch which {
	case 0:
		return NotFound
	case 1:
		return Code(404)
	case 2:
		return Reason{"lost"}
	}
	return Cause{"lost"}
}

func main() {
	for i := 0; i < 4; i++ {
		err := get(i)
		wrapped := fmt.Errorf("get %d: %w", i, err)
		fmt.Println(i, err == NotFound, err == Code(404), err == ErrLost, err == Cause{"lost"})
		fmt.Println(i, errors.Is(wrapped, NotFound), errors.Is(wrapped, Code(404)), errors.Is(wrapped, ErrLost), errors.Is(wrapped, Cause{"lost"}))
		switch err {
		case NotFound:
			fmt.Println(i, "not found")
		case ErrLost:
			fmt.Println(i, "lost")
		default:
			fmt.Println(i, "other:", err)
		}
		var other error = Code(404)
		fmt.Println(i, err == other, errors.Is(wrapped, other))
	}
}
