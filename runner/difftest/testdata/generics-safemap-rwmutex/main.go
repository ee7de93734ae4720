// difftest: same

// A generic map guarded by a sync.RWMutex, keyed by a struct, updated
// from goroutines that capture the loop variable of range over an int.
package main

import (
	"fmt"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Update(k K, f func(V, bool) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old, ok := s.m[k]
	s.m[k] = f(old, ok)
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}

type Key struct {
	User string
	Day  int
}

func main() {
	hits := NewSafeMap[Key, int]()
	var wg sync.WaitGroup
	users := []string{"ann", "bob", "cy"}
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := Key{users[i%3], i % 2}
			hits.Update(k, func(n int, _ bool) int { return n + 1 })
		}()
	}
	wg.Wait()
	for _, u := range users {
		for d := range 2 {
			n, ok := hits.Get(Key{u, d})
			fmt.Println(u, d, n, ok)
		}
	}
	fmt.Println(hits.Len())
	_, ok := hits.Get(Key{"zed", 0})
	fmt.Println(ok)
	lists := NewSafeMap[string, []int]()
	for i := range 4 {
		lists.Update("evens", func(v []int, existed bool) []int {
			if i%2 == 0 {
				return append(v, i)
			}
			return v
		})
	}
	fmt.Println(lists.Get("evens"))
}
