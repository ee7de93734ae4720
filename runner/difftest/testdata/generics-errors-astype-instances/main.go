// difftest: same
package main

import (
	"errors"
	"fmt"
)

type LimitError[T int | float64] struct {
	Name  string
	Limit T
}

func (e *LimitError[T]) Error() string { return fmt.Sprintf("%s over %v", e.Name, e.Limit) }

func check[T int | float64](name string, v, limit T) error {
	if v > limit {
		return fmt.Errorf("check: %w", &LimitError[T]{name, limit})
	}
	return nil
}

func main() {
	errs := []error{check("cpu", 0.95, 0.9), check("conns", 120, 100), check("mem", 10, 20)}
	for _, err := range errs {
		if le, ok := errors.AsType[*LimitError[float64]](err); ok {
			fmt.Println("float limit", le.Name, le.Limit)
		} else if li, ok := errors.AsType[*LimitError[int]](err); ok {
			fmt.Println("int limit", li.Name, li.Limit)
		} else {
			fmt.Println("ok:", err)
		}
	}
}
