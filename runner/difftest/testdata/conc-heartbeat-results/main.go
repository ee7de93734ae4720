// difftest: same
package main

// A worker that sends a heartbeat before each result into a channel of one,
// dropping it where nobody has read the last.

import (
	"fmt"
	"time"
)

func doWork(done <-chan struct{}, pulse time.Duration, nums ...int) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(results)
		for _, n := range nums {
			select {
			case heartbeat <- struct{}{}:
			default:
			}
			select {
			case <-done:
				return
			case results <- n:
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	defer close(done)
	hb, res := doWork(done, time.Second, 1, 2, 3, 4)
	<-hb
	i := 0
	for r := range res {
		fmt.Println("result", r, r == []int{1, 2, 3, 4}[i])
		i++
	}
	_, ok := <-hb
	fmt.Println(ok)
}
