// difftest: same
package main

// Main blocks for ever while a timer of time.AfterFunc is pending: Go
// reports no deadlock until the timer has fired and printed, then ends
// with "all goroutines are asleep" and status 2.

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(200*time.Millisecond, func() {
		fmt.Println("timer fired")
	})
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
