// difftest: same
// stderr: panic
package main

// A worker goroutine panics with a value of a Stringer type (not an error):
// Go prints the String text and the type's method is used even when the
// panic comes from a goroutine the main one waits for.

import (
	"fmt"
	"sync"
	"time"
)

type Code struct {
	Op   string
	Line int
}

func (c Code) String() string { return fmt.Sprintf("bad op %q at line %d", c.Op, c.Line) }

func run(prog []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i, op := range prog {
		switch op {
		case "push", "pop", "add":
		default:
			panic(Code{Op: op, Line: i + 1})
		}
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("running", Code{"nop", 0})
	go run([]string{"push", "push", "mul"}, &wg)
	wg.Wait()
	// Wait returns once the deferred wg.Done has run, while the worker still
	// panics; a Go build's main, returning now, waits for the report only
	// for a thousand yields, which a busy machine can outrun: give it time.
	time.Sleep(500 * time.Millisecond)
}
