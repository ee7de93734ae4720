// difftest: same
// A select in a loop with a labelled break, a timeout that never fires,
// and a heartbeat ticker beside a worker's channel until it is closed.
package main

import (
	"fmt"
	"time"
)

func producer(id int, n int, out chan<- string, done chan<- int) {
	for i := range n {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
	done <- id
}

func main() {
	out := make(chan string)
	done := make(chan int)
	go producer(1, 3, out, done)
	count, finished := 0, 0
	timeout := time.After(2 * time.Second)
loop:
	for {
		select {
		case s := <-out:
			count++
			fmt.Println(s)
		case id := <-done:
			finished++
			fmt.Println("done", id)
			if finished == 1 {
				break loop
			}
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println(count, finished)
	heartbeat := time.NewTicker(5 * time.Millisecond)
	defer heartbeat.Stop()
	work := make(chan int)
	go func() {
		defer close(work)
		for i := range 3 {
			time.Sleep(12 * time.Millisecond)
			work <- i
		}
	}()
	beats := 0
	for {
		select {
		case v, ok := <-work:
			if !ok {
				fmt.Println("beats>0:", beats > 0)
				return
			}
			fmt.Println("work", v)
		case <-heartbeat.C:
			beats++
		}
	}
}
