// difftest: same
package main

// main sends on an unbuffered channel before starting the goroutine that
// would receive: the send blocks forever, Go reports "all goroutines are
// asleep - deadlock!" and exits with status 2. A buffered channel of one
// works first.

import "fmt"

func main() {
	buf := make(chan string, 1)
	buf <- "buffered ok"
	fmt.Println(<-buf)

	done := make(chan bool)
	ch := make(chan int)
	fmt.Println("sending")
	ch <- 42
	go func() {
		fmt.Println("received", <-ch)
		done <- true
	}()
	<-done
}
