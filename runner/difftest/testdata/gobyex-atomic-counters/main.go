// difftest: same
package main

// Go by Example, Atomic Counters: many goroutines count with sync/atomic,
// its typed values and its functions, without a mutex.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	requests atomic.Int64
	bytes    atomic.Uint64
	ready    atomic.Bool
	last     atomic.Value
}

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var old int32
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func(n int32) {
			defer wg2.Done()
			atomic.AddInt32(&old, n)
		}(int32(i))
	}
	wg2.Wait()
	fmt.Println("sum:", atomic.LoadInt32(&old))
	fmt.Println("swapped:", atomic.CompareAndSwapInt32(&old, 45, 100), old)
	fmt.Println("not swapped:", atomic.CompareAndSwapInt32(&old, 45, 7), old)
	fmt.Println("previous:", atomic.SwapInt32(&old, 1), old)

	var s stats
	s.requests.Add(3)
	s.bytes.Add(1500)
	s.ready.Store(true)
	s.last.Store("GET /index.html")
	fmt.Println(s.requests.Load(), s.bytes.Load(), s.ready.Load(), s.last.Load())
	fmt.Println(s.requests.CompareAndSwap(3, 4), s.requests.Load())
}
