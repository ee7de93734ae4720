// difftest: same
package main

import (
	"fmt"
	"sync"
)

// Function literals handed to Go's library (wg.Go) that read a variable
// of their loop iteration which the iteration changes after handing them
// over: each goroutine waits until its iteration has changed it, and ends
// as the next iteration hands over the next literal.
func main() {
	const n = 50000
	out := make(chan int, n)
	var wg sync.WaitGroup
	prev := make(chan bool)
	for i := 0; i < n; i++ {
		v := i
		ready, stop := make(chan bool), make(chan bool)
		close(prev)
		prev = stop
		wg.Go(func() {
			<-ready
			out <- v
			<-stop
		})
		v += n
		close(ready)
	}
	close(prev)
	wg.Wait()
	close(out)
	seen := make([]bool, 2*n)
	sum, again := 0, 0
	for v := range out {
		if seen[v] {
			again++
		}
		seen[v] = true
		sum += v
	}
	fmt.Println("sum", sum, "read again", again)
}
