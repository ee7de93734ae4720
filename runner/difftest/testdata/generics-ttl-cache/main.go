// difftest: same
package main

// A generic cache whose entries expire, with a generic entry type in its
// map and a clock handed in.

import (
	"fmt"
	"sync"
	"time"
)

type item[V any] struct {
	val     V
	expires time.Time
}

// Cache holds values until they expire.
type Cache[K comparable, V any] struct {
	mu    sync.Mutex
	ttl   time.Duration
	items map[K]item[V]
	now   func() time.Time
}

func NewCache[K comparable, V any](ttl time.Duration, now func() time.Time) *Cache[K, V] {
	return &Cache[K, V]{ttl: ttl, items: make(map[K]item[V]), now: now}
}

func (c *Cache[K, V]) Set(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = item[V]{v, c.now().Add(c.ttl)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	it, ok := c.items[k]
	if !ok || c.now().After(it.expires) {
		delete(c.items, k)
		var zero V
		return zero, false
	}
	return it.val, true
}

func main() {
	t0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	clock := t0
	c := NewCache[string, []byte](time.Minute, func() time.Time { return clock })
	c.Set("k", []byte("v"))
	v, ok := c.Get("k")
	fmt.Println(string(v), ok)
	clock = clock.Add(2 * time.Minute)
	v, ok = c.Get("k")
	fmt.Println(v == nil, ok, len(c.items))
	n := NewCache[int, int](time.Second, time.Now)
	n.Set(1, 10)
	got, _ := n.Get(1)
	fmt.Println(got)
}
