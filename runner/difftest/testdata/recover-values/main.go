// difftest: same
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

// try runs f and says what recover returns when f panics, as a program
// that keeps serving after a bad request does.
func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name, "ended")
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
		if _, ok := r.(runtime.Error); ok {
			fmt.Println("  a runtime.Error")
		}
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
		switch v := r.(type) {
		case string:
			fmt.Println("  string of", len(v))
		case int:
			fmt.Println("  int", v+1)
		}
	}()
	f()
}

var errBad = errors.New("bad request")

func main() {
	try("index", func() { var s []int; i := 3; _ = s[i] })
	try("index of a string", func() { s := "ab"; i := 5; _ = s[i] })
	try("array", func() { var a [2]int; i := 5; a[i] = 1 })
	try("slice", func() { s := []int{1, 2}; j := 5; _ = s[1:j] })
	try("nil map", func() { var m map[string]int; m["a"] = 1 })
	try("division", func() { a, b := 1, 0; fmt.Println(a / b) })
	try("close twice", func() { c := make(chan int); close(c); close(c) })
	try("send on closed", func() { c := make(chan int); close(c); c <- 1 })
	try("nil func", func() { var f func(); f() })
	try("negative make", func() { n := -1; _ = make([]int, n) })
	try("string", func() { panic(fmt.Sprintf("bad %d", 3)) })
	try("int", func() { panic(41) })
	try("sentinel", func() { panic(errBad) })
	try("wrapped", func() { panic(fmt.Errorf("serve: %w", errBad)) })
	try("library error", func() { _, err := strconv.Atoi("x"); panic(err) })
	try("no panic", func() {})
	func() {
		defer func() {
			err, _ := recover().(error)
			fmt.Println(errors.Is(err, errBad))
		}()
		panic(fmt.Errorf("again: %w", errBad))
	}()
}
