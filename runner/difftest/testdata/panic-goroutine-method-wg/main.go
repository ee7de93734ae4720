// difftest: same
// stderr: panic
package main

// Workers started as a method value (go p.work(i)) and a generic function
// (go run(&wg, v)); one panics with a wrapped error after its deferred
// wg.Done, which wakes main's Wait: main returns, yet the program ends
// with the panic's report (its Error text) and exit status 2.

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Pool struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	done []int
}

var errBad = errors.New("bad job 3")

func (p *Pool) work(id int) {
	defer p.wg.Done()
	if id == 3 {
		panic(fmt.Errorf("worker %d: %w", id, errBad))
	}
	p.mu.Lock()
	p.done = append(p.done, id)
	p.mu.Unlock()
}

func run[T any](wg *sync.WaitGroup, v T) {
	defer wg.Done()
	_ = v
}

func main() {
	p := &Pool{}
	for i := range 5 {
		p.wg.Add(1)
		go p.work(i)
	}
	p.wg.Add(1)
	go run(&p.wg, "x")
	p.wg.Wait()
	// Wait returns once the deferred wg.Done has run, while the worker still
	// panics; a Go build's main, returning now, waits for the report only
	// for a thousand yields, which a busy machine can outrun: give it time.
	time.Sleep(500 * time.Millisecond)
}
