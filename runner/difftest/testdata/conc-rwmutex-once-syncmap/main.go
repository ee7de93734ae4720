// difftest: same
package main

// A read-mostly cache behind an RWMutex filled by concurrent readers,
// sync.OnceValue and OnceValues for lazy config, sync.Map with
// LoadOrStore, CompareAndSwap and Range (keys sorted), and atomic.Bool,
// atomic.Int64 and atomic.Value beside them.

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu     sync.RWMutex
	m      map[string]int
	hits   atomic.Int64
	misses atomic.Int64
}

func (c *Cache) Get(k string) int {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		c.hits.Add(1)
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok {
		c.hits.Add(1)
		return v
	}
	c.misses.Add(1)
	v = len(k) * 10
	c.m[k] = v
	return v
}

var loads atomic.Int32

var config = sync.OnceValue(func() map[string]string {
	loads.Add(1)
	return map[string]string{"mode": "fast", "level": "3"}
})

var port = sync.OnceValues(func() (int, error) {
	loads.Add(1)
	return 0, errors.New("no port configured")
})

func main() {
	c := &Cache{m: map[string]int{}}
	words := strings.Fields("go yaegi go chan select go chan mutex")
	var wg sync.WaitGroup
	var seen sync.Map
	var ready atomic.Bool
	var last atomic.Value
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.Get(w)
			actual, loaded := seen.LoadOrStore(w, i)
			if loaded {
				seen.CompareAndSwap(w, actual, -1)
			}
			_ = config()["mode"]
			_, _ = port()
			ready.Store(true)
			last.Store(w)
		}()
	}
	wg.Wait()
	fmt.Println("hits+misses", c.hits.Load()+c.misses.Load(), "misses", c.misses.Load())
	fmt.Println("loads", loads.Load(), "ready", ready.Load(), "last is a word", slices.Contains(words, last.Load().(string)))
	var keys []string
	seen.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	slices.Sort(keys)
	for _, k := range keys {
		v, _ := seen.Load(k)
		dup := v.(int) == -1
		fmt.Printf("%-6s cached=%d repeated=%v\n", k, c.Get(k), dup)
	}
	seen.Delete("go")
	_, ok := seen.Load("go")
	p, err := port()
	fmt.Println(ok, config(), p, err)
	fmt.Println(ready.CompareAndSwap(true, false), ready.Load(), ready.Swap(true))
}
