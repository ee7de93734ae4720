// difftest: same

// Range over functions that return from inside the loop, panic inside
// the loop body recovered by the caller, and an iterator that keeps
// calling yield after the loop broke, which panics.
package main

import (
	"fmt"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func firstOver(limit int) (result int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			result = -1
		}
	}()
	for v := range seq(100) {
		if v*v > limit {
			return v
		}
	}
	return 0
}

func panicky() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	for v := range seq(5) {
		if v == 3 {
			panic(fmt.Sprintf("boom at %d", v))
		}
	}
	return nil
}

func main() {
	fmt.Println(firstOver(50))
	fmt.Println(panicky())
	func() {
		defer func() {
			r := recover()
			fmt.Println("bad iterator:", r)
		}()
		for x := range bad {
			fmt.Println("got", x)
			break
		}
	}()
}
