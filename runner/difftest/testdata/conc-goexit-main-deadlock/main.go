// difftest: same
package main

// runtime.Goexit in main runs main's deferred calls, lets the other
// goroutines finish, and then ends the program with Go's fatal error
// "no goroutines (main called runtime.Goexit) - deadlock!" and status 2.

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
