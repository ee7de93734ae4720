// difftest: same
// stderr: panic
package main

// An order checker that runs on a goroutine of its own and panics with an
// error type of the program's when an order makes no sense. Its deferred
// calls print before the program ends, with exit status 2; Go's report on
// standard error is the error's text, "panic: order 3: quantity -2".

import (
	"fmt"
	"time"
)

type Order struct {
	ID, Qty int
}

type BadOrder struct {
	ID  int
	Why string
}

func (e *BadOrder) Error() string { return fmt.Sprintf("order %d: %s", e.ID, e.Why) }

func check(o Order) {
	if o.Qty <= 0 {
		panic(&BadOrder{o.ID, fmt.Sprint("quantity ", o.Qty)})
	}
	fmt.Println("order", o.ID, "ok")
}

func main() {
	orders := make(chan Order)
	go func() {
		defer fmt.Println("checker stops")
		defer func() { fmt.Println("checked so far: 2") }()
		for o := range orders {
			check(o)
		}
	}()
	for i, q := range []int{5, 1, -2, 4} {
		orders <- Order{i + 1, q}
	}
	time.Sleep(time.Hour) // the checker's panic ends the program first
	fmt.Println("not reached")
}
