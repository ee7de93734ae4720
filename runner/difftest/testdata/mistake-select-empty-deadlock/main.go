// difftest: same
package main

// "Wait forever" written as select {} once the worker has finished: no
// goroutine is left to wake main, so Go reports "all goroutines are
// asleep - deadlock!" and exits with status 2.

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("serving forever")
	select {}
}
