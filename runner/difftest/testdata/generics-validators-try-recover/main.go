// difftest: same

// Generic validators behind an interface of a type parameter, errors
// joined and found again with errors.AsType, and a generic Result that a
// deferred literal fills with the panic it recovers.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Validator[T any] interface {
	Validate(T) error
}

type RangeRule struct{ Min, Max int }

func (r RangeRule) Validate(v int) error {
	if v < r.Min || v > r.Max {
		return fmt.Errorf("%d not in [%d, %d]", v, r.Min, r.Max)
	}
	return nil
}

type NonEmpty struct{}

func (NonEmpty) Validate(s string) error {
	if s == "" {
		return errors.New("empty")
	}
	return nil
}

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

func Check[T any](field string, v T, rules ...Validator[T]) error {
	var errs []error
	for _, r := range rules {
		if err := r.Validate(v); err != nil {
			errs = append(errs, &FieldError{field, err})
		}
	}
	return errors.Join(errs...)
}

type Result[T any] struct {
	Val T
	Err error
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "error(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("ok(%v)", r.Val)
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

func main() {
	fmt.Println(Check("age", 200, Validator[int](RangeRule{0, 150}), RangeRule{100, 300}))
	fmt.Println(Check("name", "", Validator[string](NonEmpty{})))
	err := Check("age", -1, Validator[int](RangeRule{0, 10}), RangeRule{5, 6})
	fmt.Printf("%q\n", err.Error())
	fe, ok := errors.AsType[*FieldError](err)
	fmt.Println(ok, fe.Field)
	fmt.Println(Check("ok", 5, Validator[int](RangeRule{0, 10})) == nil)
	fmt.Println(Try(func() (int, error) { return strconv.Atoi("42") }))
	fmt.Println(Try(func() (int, error) { return strconv.Atoi("x") }))
	fmt.Println(Try(func() ([]int, error) {
		var s []int
		return s[:1], nil
	}))
	rs := []Result[string]{{Val: "a"}, {Err: errors.New("b")}}
	fmt.Println(rs)
	fmt.Printf("%v %+v\n", rs[0], rs[1])
}
