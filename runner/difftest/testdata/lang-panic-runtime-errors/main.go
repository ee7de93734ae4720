// difftest: same
package main

// Recovering the runtime's own panics as a tutorial's safe wrapper does:
// index out of range, nil map write, integer division by zero, a nil
// pointer dereference, a slice bounds error and a send on a closed
// channel, each checked as a runtime.Error and printed; a custom panic
// value of an error type; a panic re-panicked and caught outside.

import (
	"errors"
	"fmt"
	"runtime"
)

type Account struct{ Balance int }

type Overdraft struct{ Need int }

func (o Overdraft) Error() string { return fmt.Sprintf("overdraft by %d", o.Need) }

func safe(name string, f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		_, isRT := r.(runtime.Error)
		e, isErr := r.(error)
		fmt.Printf("%-8s runtime=%v error=%v: %v\n", name, isRT, isErr, r)
		if isErr {
			err = e
		} else {
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

func withdraw(a *Account, n int) {
	if n > a.Balance {
		panic(Overdraft{n - a.Balance})
	}
	a.Balance -= n
}

func main() {
	var xs []int
	var m map[string]int
	var a *Account
	zero := 0
	ch := make(chan int)
	close(ch)
	i := 5
	errs := []error{
		safe("index", func() { _ = xs[i] }),
		safe("nilmap", func() { m["k"] = 1 }),
		safe("divide", func() { fmt.Println(10 / zero) }),
		safe("nilptr", func() { a.Balance++ }),
		safe("slice", func() { _ = []int{1, 2, 3}[2:i] }),
		safe("closed", func() { ch <- 1 }),
		safe("custom", func() { withdraw(&Account{10}, 25) }),
		safe("string", func() { panic("plain " + fmt.Sprint(i)) }),
		safe("fine", func() { withdraw(&Account{10}, 5) }),
	}
	var od Overdraft
	for _, e := range errs {
		if errors.As(e, &od) {
			fmt.Println("found overdraft", od.Need)
		}
	}
	fmt.Println(errs[len(errs)-1] == nil)
	func() {
		defer func() { fmt.Println("outer caught:", recover()) }()
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("re-panic: %v", r))
			}
		}()
		panic(Overdraft{1})
	}()
}
