// difftest: same
package main

// Jobs that fail on goroutines of their own, each recovered by the job's
// deferred call: what recover returns is the value the job panicked with
// (its type, and the error it wraps), and a deferred call that panics
// again hands its value to the one deferred before it.

import (
	"errors"
	"fmt"
	"sync"
)

type Code int

type job struct{ id int }

var errBad = errors.New("bad input")

func (j job) run() {
	if j.id%2 == 0 {
		panic(Code(400 + j.id))
	}
	panic(fmt.Errorf("job %d: %w", j.id, errBad))
}

func asError(v any) error {
	err, _ := v.(error)
	return err
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			defer func() {
				r := recover()
				results[n] = fmt.Sprintf("%d: %v (%T) %v", n, r, r, errors.Is(asError(r), errBad))
			}()
			job{n}.run()
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	done := make(chan string)
	go func() {
		defer func() { done <- fmt.Sprint("again: ", recover()) }()
		defer func() { panic(fmt.Sprint("second: ", recover())) }()
		panic(Code(7))
	}()
	fmt.Println(<-done)
}
