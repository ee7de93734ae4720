// difftest: same
package main

// Go by Example, Channel Synchronization, Directions, Buffering and Range
// over Channels: a done channel that waits for a worker, ping and pong
// with send-only and receive-only parameters, and a buffered queue.

import (
	"fmt"
	"time"
)

func worker(done chan<- bool, log chan<- string) {
	log <- "working..."
	time.Sleep(5 * time.Millisecond)
	log <- "done"
	done <- true
}

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " (ponged)"
}

func main() {
	done := make(chan bool, 1)
	log := make(chan string, 2)
	go worker(done, log)
	<-done
	fmt.Println(<-log, <-log)

	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(len(messages), cap(messages))
	fmt.Println(<-messages)
	fmt.Println(<-messages)

	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}
	v, ok := <-queue
	fmt.Printf("%q %v\n", v, ok)

	var ro <-chan int
	var so chan<- int
	bidi := make(chan int, 1)
	ro, so = bidi, bidi
	so <- 42
	fmt.Println(<-ro, ro == nil, fmt.Sprintf("%T %T", ro, so))
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 1; i <= 3; i++ {
			results <- i * i
		}
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)
}
