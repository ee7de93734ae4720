// difftest: same
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A worker pool's size, counted as students count it while learning
// goroutines: before the workers start, while they wait, and after.
func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				_ = j * j
			}
		}()
	}
	// The workers exist from their go statements on, waiting on jobs.
	fmt.Println("with workers:", runtime.NumGoroutine())
	for j := 0; j < 10; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("done")
}
