// difftest: same
package main

// Defer runs last-in first-out, evaluates its arguments at the defer
// statement, can change named results, and recover stops a panic only in
// a deferred function; a second panic replaces the first.

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	return a / b, nil
}

func repanic() (err error) {
	defer func() {
		r := recover()
		err = fmt.Errorf("last panic: %v", r)
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

var errBoom = errors.New("boom")

func wrapped() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(fmt.Errorf("during step 3: %w", errBoom))
}

func main() {
	order()
	args()
	fmt.Println("double:", double(4))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(repanic())
	err := wrapped()
	fmt.Println(err, errors.Is(err, errBoom))
	fmt.Println("recover outside a panic:", recover())
}
