// difftest: same
package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan string, 1)
	fast <- "ready"
	select {
	case m := <-fast:
		fmt.Println("got", m)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}

	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("value", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting")
	}

	select {
	case v := <-never:
		fmt.Println(v)
	default:
		fmt.Println("nothing ready")
	}

}
