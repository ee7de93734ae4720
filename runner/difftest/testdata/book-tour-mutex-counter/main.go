// difftest: same
package main

// A Tour of Go, sync.Mutex: a SafeCounter whose map a thousand goroutines
// increment, read once they are done.

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
			if i%10 == 0 {
				c.Inc("tenth")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"), c.Value("tenth"), c.Value("other"))
	fmt.Println(c.v)
}
