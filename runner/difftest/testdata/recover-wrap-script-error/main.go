// difftest: same
package main

// A recovered panic value, an error of the script's own type, wrapped
// with %w: Go's fmt.Errorf wraps it and errors.As finds it. Under the
// interpreter recover's value came without its type, and %w did not see
// its Error method (%!w(*struct { Xcode int }=&{2})); the recover site
// now gives it its type back.

import (
	"errors"
	"fmt"
)

type opError struct{ code int }

func (e *opError) Error() string { return fmt.Sprint("op failed with ", e.code) }

func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %w", r)
		}
	}()
	panic(&opError{2})
}

func main() {
	err := run()
	var oe *opError
	fmt.Println(err, errors.As(err, &oe))
}
