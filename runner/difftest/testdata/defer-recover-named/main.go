// difftest: same
package main

import (
	"errors"
	"fmt"
)

// Functions declared with a name that recover when deferred: directly,
// through a variable, with arguments, and the cases where Go's recover
// returns nil (no panic; called by a helper, not by the deferred function).

var errBad = errors.New("bad input")

// handle recovers the panic of the function that defers it.
func handle(where string) {
	if r := recover(); r != nil {
		fmt.Printf("%s: recovered %v", where, r)
		if err, ok := r.(error); ok && errors.Is(err, errBad) {
			fmt.Print(" (bad input)")
		}
		fmt.Println()
	}
}

// report is not deferred itself: its recover returns nil.
func report() {
	fmt.Println("report: recover gives", recover())
}

func viaHelper() {
	defer func() {
		report()
	}()
	defer fmt.Println("viaHelper: deferred print")
	panic("through a helper")
}

func direct(n int) {
	defer handle(fmt.Sprint("direct ", n))
	if n > 1 {
		panic(fmt.Errorf("n=%d: %w", n, errBad))
	}
	fmt.Println("direct", n, "returns")
}

func viaVariable() {
	h := handle
	where := "viaVariable"
	defer h(where)
	where = "changed"
	var m map[string]int
	m["x"]++
}

func main() {
	direct(1)
	direct(2)
	viaVariable()
	func() {
		defer handle("outer")
		viaHelper()
	}()
	fmt.Println("main: recover outside a deferred call gives", recover())
}
