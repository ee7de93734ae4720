// difftest: same
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) IncValue() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var c Counter
	c.IncValue()
	c.IncValue()
	fmt.Println(c.n)
	c.Inc()
	fmt.Println(c.n)
	c.mu.Lock()
	d := c
	fmt.Println(d.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
	fmt.Println(d.mu.TryLock())
	counters := []Counter{{}, {}}
	for _, k := range counters {
		k.Inc()
	}
	fmt.Println(counters[0].n, counters[1].n)
	m := map[string]Counter{"a": {}}
	x := m["a"]
	x.Inc()
	fmt.Println(m["a"].n, x.n)
}
