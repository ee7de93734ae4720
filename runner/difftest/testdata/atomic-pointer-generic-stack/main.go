// difftest: same
package main

// A lock-free generic stack and a copy-on-write cache, each holding an
// atomic.Pointer of an instance of its type parameters.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node[T any] struct {
	value T
	next  *node[T]
}

type Stack[T any] struct {
	head atomic.Pointer[node[T]]
	size atomic.Int64
}

func (s *Stack[T]) Push(v T) {
	n := &node[T]{value: v}
	for {
		n.next = s.head.Load()
		if s.head.CompareAndSwap(n.next, n) {
			s.size.Add(1)
			return
		}
	}
}

func (s *Stack[T]) Pop() (T, bool) {
	for {
		top := s.head.Load()
		if top == nil {
			var zero T
			return zero, false
		}
		if s.head.CompareAndSwap(top, top.next) {
			s.size.Add(-1)
			return top.value, true
		}
	}
}

type Cache[K comparable, V any] struct {
	snap atomic.Pointer[map[K]V]
	mu   sync.Mutex
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	m := c.snap.Load()
	if m == nil {
		var zero V
		return zero, false
	}
	v, ok := (*m)[k]
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	next := map[K]V{}
	if old := c.snap.Load(); old != nil {
		for kk, vv := range *old {
			next[kk] = vv
		}
	}
	next[k] = v
	c.snap.Store(&next)
}

func main() {
	var s Stack[string]
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				s.Push(fmt.Sprint(i, "-", j))
			}
		}()
	}
	wg.Wait()
	fmt.Println("size:", s.size.Load())
	n := 0
	for {
		if _, ok := s.Pop(); !ok {
			break
		}
		n++
	}
	fmt.Println("popped:", n)
	var ints Stack[int]
	ints.Push(1)
	ints.Push(2)
	v, ok := ints.Pop()
	fmt.Println(v, ok)
	var c Cache[string, int]
	_, ok = c.Get("x")
	fmt.Println(ok)
	c.Put("x", 1)
	c.Put("y", 2)
	x, _ := c.Get("x")
	y, _ := c.Get("y")
	fmt.Println(x, y)
	fmt.Printf("%T %T\n", &s, &c)
}
