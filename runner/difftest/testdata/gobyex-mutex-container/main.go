// difftest: same
package main

// Go by Example, Mutexes: a container of counters that goroutines update
// under a mutex, and a read-mostly cache under an RWMutex.

import (
	"fmt"
	"sort"
	"sync"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type Cache struct {
	sync.RWMutex
	data map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.RLock()
	defer c.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.Lock()
	c.data[k] = v
	c.Unlock()
}

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters)

	cache := &Cache{data: map[string]string{}}
	var wg2 sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			cache.Set(fmt.Sprintf("k%d", i%4), fmt.Sprint(i%4*10))
			cache.Get("k0")
		}(i)
	}
	wg2.Wait()
	keys := make([]string, 0, len(cache.data))
	for k := range cache.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, ok := cache.Get(k)
		fmt.Println(k, v, ok)
	}
	_, ok := cache.Get("missing")
	fmt.Println("missing:", ok, c.mu.TryLock())
}
