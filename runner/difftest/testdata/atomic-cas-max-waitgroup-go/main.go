// difftest: same
package main

// Three rounds of a hundred wg.Go workers (Go 1.25) reusing one WaitGroup,
// each updating an atomic.Int64 count, a compare-and-swap maximum and a
// plain int64 through atomic.AddInt64; atomic.Uint32 wrap-around and an
// atomic.Pointer CompareAndSwap from nil.

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	count atomic.Int64
	max   atomic.Int64
	sum   int64
}

func (s *Stats) observe(v int64) {
	s.count.Add(1)
	atomic.AddInt64(&s.sum, v)
	for {
		m := s.max.Load()
		if v <= m || s.max.CompareAndSwap(m, v) {
			return
		}
	}
}

func main() {
	var st Stats
	var wg sync.WaitGroup
	for round := range 3 {
		for i := range 100 {
			wg.Go(func() { st.observe(int64(round*100 + i)) })
		}
		wg.Wait()
		fmt.Println("round", round, st.count.Load(), st.max.Load(), atomic.LoadInt64(&st.sum))
	}
	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(^uint32(0)), u.Swap(7), u.Load())
	var p atomic.Pointer[Stats]
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, &st), p.Load().count.Load())
}
