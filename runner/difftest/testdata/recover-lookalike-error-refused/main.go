// difftest: refused recover returns a value of an error type of the script that the interpreter makes one type with a struct literal's, which the recover site cannot tell apart to give it its type back
package main

// A validator that panics with a rangeError, or, for a field it does not
// know, with a plain struct of the same fields, and recovers either at
// the top to wrap it with %w. The interpreter makes rangeError and
// struct{ lo, hi int } one type at run time, so the recover site cannot
// tell which one recover returned, to give a rangeError its Error method
// back for %w.

import (
	"errors"
	"fmt"
)

type rangeError struct{ lo, hi int }

func (e rangeError) Error() string { return fmt.Sprintf("want %d..%d", e.lo, e.hi) }

func check(field string, v int) {
	switch field {
	case "age":
		if v < 0 || v > 150 {
			panic(rangeError{0, 150})
		}
	default:
		panic(struct{ lo, hi int }{v, v})
	}
}

func validate(field string, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %w", field, r)
		}
	}()
	check(field, v)
	return nil
}

func main() {
	for _, f := range []string{"age", "size"} {
		err := validate(f, 200)
		var re rangeError
		fmt.Println(err, errors.As(err, &re))
	}
}
