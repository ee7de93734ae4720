// difftest: same
package main

// Effective Go, Defer: trace and un, where the argument of the deferred
// call runs at the defer statement and the call at the return; used in
// functions and in the closures a program runs on goroutines and hands
// out as handlers.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func trace(s string) string {
	fmt.Println("entering:", s)
	return s
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

var (
	mu   sync.Mutex
	logs []string
)

func main() {
	b()

	var wg sync.WaitGroup
	for _, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer record("done " + name)
			record("work " + name)
		}()
	}
	wg.Wait()
	sort.Strings(logs)
	fmt.Println(strings.Join(logs, ", "))

	handlers := map[string]func(){
		"open": func() {
			defer un(trace("open handler"))
			fmt.Println("opening")
		},
	}
	handlers["open"]()

	func() {
		defer fmt.Println("deferred Println")
		defer un("literal")
		fmt.Println("in literal")
	}()

	for i := 0; i < 3; i++ {
		defer fmt.Printf("%d ", i)
	}
}

func un(s string) {
	fmt.Println("leaving:", s)
}

func record(s string) {
	mu.Lock()
	logs = append(logs, s)
	mu.Unlock()
}
