// difftest: same
package main

import "fmt"

func main() {
	work := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 1; i <= 3; i++ {
			work <- i
		}
		close(done)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-work:
			sum += v
		case <-done:
			break loop
		}
	}
	fmt.Println("sum:", sum)
}
