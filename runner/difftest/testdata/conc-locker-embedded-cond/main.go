// difftest: same
package main

// Structs embedding sync.Mutex and sync.RWMutex used as sync.Locker: for a
// sync.Cond, a helper that takes a Locker, and RLocker.

import (
	"fmt"
	"sync"
)

type Queue struct {
	sync.Mutex
	items []int
}

type RWStore struct {
	sync.RWMutex
	n int
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	q := &Queue{}
	cond := sync.NewCond(q)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		q.Lock()
		for len(q.items) == 0 {
			cond.Wait()
		}
		fmt.Println("got", q.items[0])
		q.Unlock()
	}()
	withLock(q, func() { q.items = append(q.items, 42) })
	cond.Signal()
	wg.Wait()
	s := &RWStore{}
	var l sync.Locker = s
	withLock(l, func() { s.n++ })
	r := s.RLocker()
	withLock(r, func() { fmt.Println("n", s.n) })
	var lockers = []sync.Locker{q, s, &sync.Mutex{}}
	for _, lk := range lockers {
		withLock(lk, func() {})
	}
	fmt.Printf("%T %T\n", lockers[0], lockers[1])
}
