// difftest: same
package main

import (
	"fmt"
	"time"
)

// Two goroutines each wait for the other, and main for both; a timer that
// fired first keeps nothing alive.
func ping(in <-chan string, out chan<- string) {
	msg := <-in
	out <- msg + "!"
}

func main() {
	a, b := make(chan string), make(chan string)
	done := make(chan bool)
	go ping(a, b)
	go ping(b, a)
	go func() {
		<-done
	}()
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no reply yet")
	case m := <-a:
		fmt.Println(m)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("waiting for both")
	done <- true
	done <- true
	fmt.Println("unreachable")
}
