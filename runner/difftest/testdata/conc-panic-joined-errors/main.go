// difftest: same
// stderr: panic
package main

// A goroutine panics with errors.Join of the errors its workers collected:
// the report prints each on a line of its own.

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = fmt.Errorf("task %d failed", i)
		}()
	}
	wg.Wait()
	fmt.Println("collected")
	done := make(chan struct{})
	go func() {
		defer close(done)
		panic(errors.Join(errs...))
	}()
	<-done
	select {}
}
