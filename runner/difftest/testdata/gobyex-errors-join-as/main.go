// difftest: same
package main

// Go by Example, Errors and Custom Errors: sentinel errors, a custom error
// type found with errors.As, wrapping with %w (once and twice), and
// errors.Join of several failures.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	if age < 0 {
		errs = append(errs, &argError{age, "age is negative"})
	}
	return errors.Join(errs...)
}

func main() {
	for _, i := range []int{7, 42} {
		r, e := f(i)
		fmt.Println("f:", r, e)
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}

	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.message)
	}
	wrapped := fmt.Errorf("step two: %w", fmt.Errorf("step one: %w", err))
	fmt.Println(wrapped, errors.As(wrapped, &ae), ae.arg)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == err)

	err = validate("", -1)
	fmt.Printf("%v\n---\n%q\n", err, err.Error())
	fmt.Println(errors.As(err, &ae), ae.arg)
	both := fmt.Errorf("tea: %w, power: %w", ErrOutOfTea, ErrPower)
	fmt.Println(both, errors.Is(both, ErrOutOfTea), errors.Is(both, ErrPower))

	_, err = os.Open("no-such-file.txt")
	var pathErr *fs.PathError
	fmt.Println(errors.As(err, &pathErr), pathErr.Op, pathErr.Path, errors.Is(err, fs.ErrNotExist))
}
