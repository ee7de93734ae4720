// difftest: same
package main

import (
	"errors"
	"fmt"
	"sync"
)

type TaskError[T any] struct {
	Input T
	Err   error
}

func (e *TaskError[T]) Error() string { return fmt.Sprintf("task(%v): %v", e.Input, e.Err) }
func (e *TaskError[T]) Unwrap() error { return e.Err }

var ErrOdd = errors.New("odd input")

func run[T any](inputs []T, f func(T) error) []error {
	errs := make([]error, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(in); err != nil {
				errs[i] = &TaskError[T]{in, err}
			}
		}()
	}
	wg.Wait()
	return errs
}

func main() {
	errs := run([]int{1, 2, 3, 4}, func(n int) error {
		if n%2 == 1 {
			return ErrOdd
		}
		return nil
	})
	for _, e := range errs {
		fmt.Println(e, errors.Is(e, ErrOdd))
	}
	var te *TaskError[int]
	fmt.Println(errors.As(errors.Join(errs...), &te), te.Input)
}
