// difftest: same
package main

// Learn Go with Tests, Sync: a Counter with a mutex and a constructor,
// incremented by a thousand goroutines and waited for with a WaitGroup,
// passed by pointer as go vet asks.

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu    sync.Mutex
	value int
}

func NewCounter() *Counter {
	return &Counter{}
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.value++
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.value
}

func assertCounter(got *Counter, want int) {
	if got.Value() != want {
		fmt.Printf("got %d, want %d\n", got.Value(), want)
		return
	}
	fmt.Println("counter is", want)
}

func main() {
	counter := NewCounter()
	counter.Inc()
	counter.Inc()
	counter.Inc()
	assertCounter(counter, 3)

	wantedCount := 1000
	counter = NewCounter()
	var wg sync.WaitGroup
	wg.Add(wantedCount)
	for i := 0; i < wantedCount; i++ {
		go func() {
			counter.Inc()
			wg.Done()
		}()
	}
	wg.Wait()
	assertCounter(counter, wantedCount)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(counter.Inc)
	}
	assertCounter(counter, wantedCount+1)
}
