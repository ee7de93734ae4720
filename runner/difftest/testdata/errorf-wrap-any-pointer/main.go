// difftest: same
package main

import (
	"errors"
	"fmt"
)

type OpError struct {
	Op   string
	Code int
}

func (e *OpError) Error() string { return fmt.Sprintf("%s failed (%d)", e.Op, e.Code) }

func run(op string) any {
	if op == "bad" {
		return &OpError{op, 7}
	}
	return op + " ok"
}

func main() {
	for _, op := range []string{"good", "bad"} {
		v := run(op)
		err := fmt.Errorf("run %s: %w", op, v)
		var oe *OpError
		fmt.Println(err, errors.As(err, &oe))
		if oe != nil {
			fmt.Println(oe.Code)
		}
		fmt.Println(errors.Unwrap(err) != nil)
	}
}
