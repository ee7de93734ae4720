// difftest: same
package main

// A pool of workers that each recover their own panics, in a deferred
// method, and send what went wrong to main as an error: the recovered
// value is a checksum error of the pool's own (value receiver), a
// *timeoutError (pointer receiver), a Stringer, or Go's own runtime
// error. main wraps each with %w, finds them again with errors.As, and
// asks the type switch which kind each one is.

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type checksumError struct {
	block      int
	want, have uint8
}

func (e checksumError) Error() string {
	return fmt.Sprintf("block %d: checksum %#x, want %#x", e.block, e.have, e.want)
}

type timeoutError struct{ after int }

func (e *timeoutError) Error() string { return fmt.Sprintf("timed out after %dms", e.after) }
func (e *timeoutError) Timeout() bool { return true }

type phase int

func (p phase) String() string { return fmt.Sprintf("phase-%d", int(p)) }

type worker struct {
	id  int
	out chan<- error
}

// done recovers the worker's panic and sends it on as an error.
func (w worker) done(wg *sync.WaitGroup) {
	defer wg.Done()
	r := recover()
	switch v := r.(type) {
	case nil:
		w.out <- nil
	case error:
		w.out <- fmt.Errorf("worker %d: %w", w.id, v)
	case fmt.Stringer:
		w.out <- fmt.Errorf("worker %d: stuck in %s", w.id, v)
	default:
		w.out <- fmt.Errorf("worker %d: %v", w.id, v)
	}
}

func (w worker) run(wg *sync.WaitGroup) {
	defer w.done(wg)
	blocks := []uint8{1, 2, 3}
	switch w.id {
	case 1:
		panic(checksumError{2, 0x1f, 0x2e})
	case 2:
		panic(&timeoutError{250})
	case 3:
		panic(phase(4))
	case 4:
		_ = blocks[w.id]
	}
}

func main() {
	out := make(chan error, 5)
	var wg sync.WaitGroup
	for id := 0; id < 5; id++ {
		wg.Add(1)
		go worker{id, out}.run(&wg)
	}
	wg.Wait()
	close(out)
	var lines []string
	for err := range out {
		if err == nil {
			lines = append(lines, "ok")
			continue
		}
		var ce checksumError
		var te *timeoutError
		kind := "other"
		switch {
		case errors.As(err, &ce):
			kind = fmt.Sprintf("checksum of block %d", ce.block)
		case errors.As(err, &te):
			kind = fmt.Sprintf("timeout %v", te.Timeout())
		}
		lines = append(lines, fmt.Sprintf("%v [%s]", err, kind))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
