// difftest: same
package main

// recover() as a statement of its own, in a deferred function literal on
// one line and on several: the panic stops, its value is dropped.

import "fmt"

func quiet(f func()) {
	defer func() { recover() }()
	f()
}

func main() {
	quiet(func() { panic("x") })
	quiet(func() {
		defer func() {
			recover()
		}()
		var m map[string]int
		m["a"] = 1
	})
	fmt.Println("done")
}
