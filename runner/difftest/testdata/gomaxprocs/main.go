// difftest: same
package main

// The number of processors a program runs on, and its environment, as
// Go's runtime gives them to a program started on its own: socklab's
// script process, started early with one, takes the others before the
// script runs, and its variables are gone from the environment.

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0) == runtime.NumCPU(), os.Getenv("GOMAXPROCS"))
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "SOCKLAB") {
			fmt.Println("socklab's variable:", kv)
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() { defer wg.Done(); mu.Lock(); n++; mu.Unlock() }()
	}
	wg.Wait()
	fmt.Println(n == runtime.GOMAXPROCS(0))
}
