// difftest: same
package main

// A lock-free stack (Treiber's): Push and Pop retry a CompareAndSwap of
// the head until no other goroutine moved it in between. CompareAndSwap
// compares pointers, not what they point to: a node equal to the head in
// value but at another address does not match.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	value int
	next  *node
}

type Stack struct {
	head  atomic.Pointer[node]
	retry atomic.Int64
}

func (s *Stack) Push(v int) {
	n := &node{value: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
		s.retry.Add(1)
	}
}

func (s *Stack) Pop() (int, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			return 0, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			return old.value, true
		}
		s.retry.Add(1)
	}
}

func main() {
	var s Stack
	_, ok := s.Pop()
	fmt.Println("pop of an empty stack:", ok)

	s.Push(1)
	top := s.head.Load()
	twin := &node{value: top.value, next: top.next}
	fmt.Println("swap with an equal node elsewhere:", s.head.CompareAndSwap(twin, nil))
	fmt.Println("swap with the head itself:", s.head.CompareAndSwap(top, top))
	fmt.Println("head is still the first node:", s.head.Load() == top)

	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 250 {
				s.Push(w*1000 + i)
			}
		}()
	}
	wg.Wait()

	sums := make([]int, 4)
	counts := make([]int, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := s.Pop()
				if !ok {
					return
				}
				sums[w] += v
				counts[w]++
			}
		}()
	}
	wg.Wait()
	total, n := 0, 0
	for w := range 4 {
		total += sums[w]
		n += counts[w]
	}
	want := 1
	for w := range 8 {
		for i := range 250 {
			want += w*1000 + i
		}
	}
	fmt.Println("popped:", n, "sum matches:", total == want)
	fmt.Println("empty again:", s.head.Load() == nil)
	old := s.head.Swap(&node{value: 42})
	fmt.Println("swapped out:", old, "now:", s.head.Load().value)
}
