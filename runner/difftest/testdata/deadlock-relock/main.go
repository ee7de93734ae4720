// difftest: same
package main

import (
	"fmt"
	"sync"
)

// A lock taken twice by the same goroutine: Go's mutexes are not
// reentrant, and nothing else can unlock it.
type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) add(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func (c *counter) addTwice(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.add(k) // deadlock: the lock is held
}

func main() {
	c := &counter{n: map[string]int{}}
	c.add("a")
	fmt.Println(c.n["a"])
	c.addTwice("b")
	fmt.Println(c.n["b"])
}
