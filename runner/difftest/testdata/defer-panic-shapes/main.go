// difftest: same
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type C struct{ n int }

func (c *C) Close() {
	fmt.Println("close", c.n)
	if c.n == 2 {
		panic("close 2")
	}
}

func (c C) Tag(prefix string, parts ...string) string {
	s := prefix + fmt.Sprint(c.n) + strings.Join(parts, "+")
	fmt.Println(s)
	return s
}

func f0() { fmt.Println("f0") }
func f1() { fmt.Println("f1"); panic("f1") }

// loops defers in loops, methods of the script's types and of Go's
// library, with values and pointers, variadic, and function values.
func loops() {
	defer func() { fmt.Println("recovered", recover()) }()
	for _, c := range []*C{{1}, {2}, {3}} {
		defer c.Close()
	}
	for _, f := range []func(){f0, f1} {
		defer f()
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("literal", i) }()
	}
	v := C{7}
	defer v.Tag("v", "a", "b")
	v.n = 8
	defer v.Tag("w")
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	var wg sync.WaitGroup
	defer wg.Done() // a negative counter: Go's library panics
}

// handler is a recover in a function of its own, deferred.
func handler(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered", r)
	}
}

func named() (err error) {
	defer handler("named")
	defer func() {
		var m map[string]int
		m["x"] = 1
	}()
	defer fmt.Println("named runs")
	return errors.New("not seen")
}

// again recovers a panic and raises it again in a deferred call; the
// earlier one recovers that.
func again() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("again recovered", err, ok)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("wrapped: %v", r))
		}
	}()
	defer func() {
		s := []int{1, 2}
		i := 5
		fmt.Println(s[i])
	}()
}

// nested defers inside a deferred function literal that has a frame of
// its own.
func nested() {
	defer func() { fmt.Println("nested outer recovered", recover()) }()
	defer func() {
		defer fmt.Println("inner first")
		defer func() { panic("inner") }()
		fmt.Println("inner body")
	}()
	fmt.Println("nested body")
}

// helper's recover is not called by a deferred call itself: it gets nil.
func helper() any { return recover() }

func noHelp() string {
	defer func() { _ = recover() }()
	defer func() {
		fmt.Println("a helper's recover gets", helper())
	}()
	defer func() { panic("for the helper") }()
	return "noHelp returned"
}

func main() {
	loops()
	fmt.Println(named())
	again()
	nested()
	fmt.Println(noHelp())
	ch := make(chan int)
	func() {
		defer func() { fmt.Println("closed twice:", recover()) }()
		defer close(ch)
		defer close(ch)
		defer fmt.Println("closing")
	}()
	_, ok := <-ch
	fmt.Println("closed", !ok)
}
