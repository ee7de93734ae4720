// difftest: same
package main

// Go by Example, Panic, Defer and Recover: a function that panics and a
// deferred closure that recovers it, a panic with an error, and a
// re-panic that ends the program with exit status 2.

import (
	"errors"
	"fmt"
	"os"
)

func mayPanic() {
	panic("a problem")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func openConfig() {
	_, err := os.Open("no-such-dir/config.json")
	if err != nil {
		panic(err)
	}
}

func main() {
	defer fmt.Println("deferred in main runs before the crash")
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("Recovered. Error:\n", r)
			}
		}()
		mayPanic()
		fmt.Println("After mayPanic()")
	}()

	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))

	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("is error:", ok, errors.Is(err, os.ErrNotExist))
			fmt.Println(err)
		}()
		openConfig()
	}()

	panic(errors.New("giving up"))
}
