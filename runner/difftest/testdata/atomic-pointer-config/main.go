// difftest: same
package main

// A configuration that readers load without a lock while a writer swaps
// in a new one whole: sync/atomic's Pointer, as a server reloads its
// settings.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Limit   int
	Version int
}

var current atomic.Pointer[Config]

func limit() int {
	if c := current.Load(); c != nil {
		return c.Limit
	}
	return -1
}

func reload(name string, limit int) *Config {
	next := &Config{Name: name, Limit: limit}
	for {
		old := current.Load()
		if old != nil {
			next.Version = old.Version + 1
		}
		if current.CompareAndSwap(old, next) {
			return old
		}
	}
}

func main() {
	fmt.Println("before any config:", limit())
	fmt.Println("replaced:", reload("first", 10))
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reload(fmt.Sprint("worker", i), i*100)
		}()
	}
	wg.Wait()
	c := current.Load()
	fmt.Println("version:", c.Version, "limit set:", c.Limit%100 == 0)
	old := current.Swap(&Config{Name: "manual", Limit: 1})
	fmt.Println("swapped out version", old.Version, "now", limit())
	current.Store(nil)
	fmt.Println("cleared:", limit(), current.Load() == nil)
}
