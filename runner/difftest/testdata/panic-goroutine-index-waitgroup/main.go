// difftest: same
package main

// Workers of a pool read their chunk of a slice by index; one reads past
// the end and panics with Go's runtime error (index out of range [7] with
// length 7) after its deferred wg.Done has woken main's Wait: main returns
// at once, but the program ends with the panic's report and status 2.
// (socklab words the report as its own, without Go's "runtime error: ",
// so only the output and the exit status are compared.)

import (
	"fmt"
	"sync"
	"time"
)

func sum(data []int, lo, hi int) int {
	s := 0
	for i := lo; i <= hi; i++ { // off by one: hi is inclusive here
		s += data[i]
	}
	return s
}

func main() {
	data := []int{1, 2, 3, 4, 5, 6, 7}
	results := make([]int, 3)
	var wg sync.WaitGroup
	fmt.Println("workers starting")
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo := w * 3
			hi := min(lo+3, len(data))
			if w < 2 {
				hi--
			}
			results[w] = sum(data, lo, hi)
		}()
	}
	wg.Wait()
	// Wait returns once the deferred wg.Done has run, while the worker still
	// panics; a Go build's main, returning now, waits for the report only
	// for a thousand yields, which a busy machine can outrun: give it time.
	time.Sleep(500 * time.Millisecond)
}
