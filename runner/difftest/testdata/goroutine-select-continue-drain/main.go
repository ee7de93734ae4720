// difftest: same
package main

import (
	"fmt"
	"time"
)

// drain takes what the channel holds without waiting for more.
func drain(ch chan int) []int {
	var got []int
	for {
		select {
		case v := <-ch:
			got = append(got, v)
			continue
		default:
		}
		return got
	}
}

func main() {
	ch := make(chan int, 4)
	ch <- 1
	ch <- 2
	ch <- 3
	fmt.Println(drain(ch), len(ch))

	results := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			results <- fmt.Sprint("r", i)
		}
		close(results)
	}()
	for {
		select {
		case r, ok := <-results:
			if !ok {
				results = nil
				continue
			}
			fmt.Println(r)
			continue
		case <-time.After(2 * time.Second):
			fmt.Println("timeout")
		}
		break
	}

	quit := make(chan struct{})
	go func() { close(quit) }()
	for {
		select {
		case <-quit:
			fmt.Println("quit")
		default:
			time.Sleep(time.Millisecond)
			continue
		}
		break
	}
}
