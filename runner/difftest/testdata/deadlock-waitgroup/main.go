// difftest: same
package main

import (
	"fmt"
	"sync"
)

// One more Add than Done: Wait never returns once the workers end.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	jobs := []int{3, 4, 5}
	wg.Add(len(jobs) + 1)
	for _, j := range jobs {
		go func() {
			defer wg.Done()
			mu.Lock()
			total += j * j
			mu.Unlock()
		}()
	}
	for range 3 {
		mu.Lock()
		t := total
		mu.Unlock()
		_ = t
	}
	fmt.Println("started", len(jobs), "workers")
	wg.Wait()
	fmt.Println("total", total)
}
