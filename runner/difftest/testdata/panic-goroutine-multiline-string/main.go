// difftest: same
// stderr: panic
package main

// A worker panics with a string of several lines (a formatted table of
// what it was doing) after its deferred wg.Done; Go prints each line of
// the text after the first after a tab, and main's return waits for the
// report.

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var b strings.Builder
		for i, step := range []string{"connect", "send", "receive"} {
			fmt.Fprintf(&b, "step %d: %-8s done\n", i+1, step)
		}
		panic("worker stopped after:\n" + strings.TrimSuffix(b.String(), "\n"))
	}()
	wg.Wait()
	// Wait returns once the deferred wg.Done has run, while the worker still
	// panics; a Go build's main, returning now, waits for the report only
	// for a thousand yields, which a busy machine can outrun: give it time.
	time.Sleep(500 * time.Millisecond)
}
