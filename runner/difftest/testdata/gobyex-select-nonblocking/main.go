// difftest: same
package main

// Go by Example, Non-Blocking Channel Operations and Select: a select with
// a default, a nil channel that is never ready, and closing a channel to
// end two receivers.

import (
	"fmt"
)

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("queued", i, len(buf), cap(buf))
		default:
			fmt.Println("full, dropped", i)
		}
	}

	a, b := make(chan int), make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i <= 20; i += 10 {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("merged", n, "values, sum", sum)
}
