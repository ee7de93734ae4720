// difftest: refused the interpreter hangs when a deferred call calls a function literal kept in a variable of the function that defers it
package main

import "fmt"

func work() {
	done := func() { fmt.Println("done") }
	defer done()
	fmt.Println("working")
}

func main() {
	work()
	work()
}
