// difftest: same
// Go by Example, WaitGroups, taken further: errors collected under a
// mutex, sync.Once, OnceValue and OnceValues, and a sync.Cond broadcast.
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(id int) string {
	time.Sleep(time.Duration(id) * time.Millisecond)
	return fmt.Sprintf("Worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 5)
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i-1] = worker(i)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	var mu sync.Mutex
	var errs []error
	var wg2 sync.WaitGroup
	for i := range 4 {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			if n%2 == 1 {
				mu.Lock()
				errs = append(errs, fmt.Errorf("task %d failed", n))
				mu.Unlock()
			}
		}(i)
	}
	wg2.Wait()
	fmt.Println(len(errs))
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
	vs := sync.OnceValues(func() (int, error) { return 0, errors.New("boom") })
	fmt.Println(vs())
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	go func() {
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	}()
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready", ready)
}
