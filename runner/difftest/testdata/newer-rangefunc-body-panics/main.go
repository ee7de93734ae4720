// difftest: same
package main

// An iterator that recovers the panic of its loop's body and returns, and
// one that calls yield again after the body panicked: Go raises a runtime
// error for each, which a recover sees.

import (
	"fmt"
	"iter"
)

// Safe runs the loop's body and swallows its panics.
func Safe(xs []int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("iterator swallowed:", r)
			}
		}()
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

// Retry calls yield again after the body panicked.
func Retry(yield func(int) bool) {
	defer func() {
		recover()
		yield(99)
	}()
	yield(1)
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	try("swallow", func() {
		for x := range Safe([]int{1, 2, 3}) {
			if x == 2 {
				panic("two")
			}
			fmt.Println("x", x)
		}
		fmt.Println("after loop")
	})
	try("retry", func() {
		for x := range Retry {
			fmt.Println("body", x)
			panic("once")
		}
	})
	try("fine", func() {
		for x := range Safe([]int{1, 2, 3}) {
			if x == 2 {
				continue
			}
			fmt.Println("x", x)
		}
		fmt.Println("after loop")
	})
}
