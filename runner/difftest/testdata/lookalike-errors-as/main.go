// difftest: same
package main

// errors.As with error types of the same fields, and with error codes on
// one basic type: each finds its own.

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }
type Forbidden struct{ Key string }

func (e *NotFound) Error() string  { return "not found: " + e.Key }
func (e *Forbidden) Error() string { return "forbidden: " + e.Key }

type Status int

func (s Status) Error() string { return fmt.Sprint("status ", int(s)) }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func get(k string) error {
	switch k {
	case "a":
		return fmt.Errorf("get: %w", &NotFound{k})
	case "b":
		return &Forbidden{k}
	case "c":
		return fmt.Errorf("get: %w", Status(3))
	}
	return Code(4)
}

func main() {
	for _, k := range []string{"a", "b", "c", "d"} {
		err := get(k)
		var nf *NotFound
		var fb *Forbidden
		var st Status
		var cd Code
		fmt.Println(err, errors.As(err, &nf), errors.As(err, &fb), errors.As(err, &st), errors.As(err, &cd), nf != nil, fb != nil, st, cd)
	}
}
