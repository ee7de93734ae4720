// difftest: same
package main

// A generic snapshot holder: readers load the current value of any type
// while a writer replaces it whole.

import (
	"fmt"
	"sync/atomic"
)

type Snapshot[T any] struct {
	cur atomic.Pointer[T]
}

func (s *Snapshot[T]) Get() (T, bool) {
	if p := s.cur.Load(); p != nil {
		return *p, true
	}
	var zero T
	return zero, false
}

func (s *Snapshot[T]) Set(v T) { s.cur.Store(&v) }

func main() {
	var names Snapshot[[]string]
	_, ok := names.Get()
	fmt.Println(ok)
	names.Set([]string{"ann", "bob"})
	v, ok := names.Get()
	fmt.Println(v, ok)
}
