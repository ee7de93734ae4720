// difftest: same
package main

// Go by Example, Timers and Timeouts: a result that arrives in time and
// one that does not, with select on time.After, and time.AfterFunc.

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		c1 <- "result 1"
	}()
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	c2 := make(chan string, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c2 <- "result 2"
	}()
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(3 * time.Second):
		fmt.Println("timeout 2")
	}

	done := make(chan string)
	t := time.AfterFunc(20*time.Millisecond, func() { done <- "AfterFunc ran" })
	fmt.Println(<-done)
	fmt.Println("stop after firing:", t.Stop())
}
