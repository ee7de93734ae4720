// difftest: same
package main

import (
	"fmt"
	"time"
)

func collect(in <-chan int, quit <-chan struct{}) []int {
	var got []int
	for {
		select {
		case v := <-in:
			got = append(got, v)
		case <-quit:
			return got
		}
	}
}

func main() {
	in := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 4; i++ {
			in <- i
		}
		close(quit)
	}()
	fmt.Println(collect(in, quit))
	timeout := time.After(50 * time.Millisecond)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	n := 0
	for done := false; !done; {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			done = true
		}
	}
	fmt.Println(n > 0)
}
