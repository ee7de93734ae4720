// difftest: same
// stderr: panic
package main

// Two goroutines close the same quit channel; the second panics with
// "close of closed channel" and ends the program.

import (
	"fmt"
	"time"
)

func main() {
	quit := make(chan struct{})
	for i := 0; i < 2; i++ {
		go func() {
			time.Sleep(time.Duration(i*50) * time.Millisecond)
			close(quit)
		}()
	}
	<-quit
	fmt.Println("quit")
	time.Sleep(time.Second)
}
