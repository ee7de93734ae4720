// difftest: same
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
