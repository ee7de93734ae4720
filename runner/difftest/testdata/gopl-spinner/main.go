// difftest: same
package main

// spinner of chapter 8 of The Go Programming Language: main computes the
// 24th Fibonacci number the slow, recursive way while a goroutine spins
// in the background; when main returns, the spinner goroutine ends with
// it. The spinner writes its frames to a buffer, not the terminal (their
// count depends on the machine's speed); the program waits for one turn
// and prints it.

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type frames struct {
	mu sync.Mutex
	b  strings.Builder
}

func (f *frames) write(s string) {
	f.mu.Lock()
	f.b.WriteString(s)
	f.mu.Unlock()
}

func (f *frames) String() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.b.String()
}

func spinner(delay time.Duration, out *frames) {
	for {
		for _, r := range `-\|/` {
			out.write(fmt.Sprintf("\r%c", r))
			time.Sleep(delay)
		}
	}
}

func fib(x int) int {
	if x < 2 {
		return x
	}
	return fib(x-1) + fib(x-2)
}

func main() {
	var out frames
	go spinner(time.Millisecond, &out)
	const n = 24
	fibN := fib(n) // slow
	for len(out.String()) < 8 {
		time.Sleep(time.Millisecond) // until it has turned once
	}
	fmt.Printf("\rFibonacci(%d) = %d\n", n, fibN)
	spun := out.String()
	fmt.Printf("spun: %q\n", spun[:8])
}
