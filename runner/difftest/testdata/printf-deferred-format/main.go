// difftest: same
// A connection handler that reports its counters when it returns, with a
// deferred Printf whose format comes from a variable: Go prints the
// counters as the pointer shows them when the deferred call runs, and the
// value deferred as a copy as it was; a goroutine prints with the format too.
package main

import (
	"fmt"
	"os"
	"sync"
)

type Stats struct {
	Conn  string
	bytes int
}

var report = "%s: %+v (%T)\n"

func handle(name string, chunks []int) {
	st := &Stats{Conn: name}
	defer fmt.Printf(report, "done", st, st)
	defer fmt.Fprintf(os.Stdout, report, "copy", *st, *st)
	for _, c := range chunks {
		st.bytes += c
	}
}

func main() {
	handle("a", []int{10, 20})
	handle("b", nil)
	var wg sync.WaitGroup
	wg.Add(1)
	st := Stats{"c", 5}
	go func() {
		defer wg.Done()
		fmt.Fprintf(os.Stdout, report, "async", st, &st)
	}()
	wg.Wait()
}
