// difftest: same
package main

// A bounded queue built on sync.Cond (two conditions on one mutex):
// producers block when it is full, consumers when it is empty, Close wakes
// everyone with Broadcast. Consumed items are summed per producer and
// printed sorted.

import (
	"fmt"
	"sort"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []string
	max      int
	closed   bool
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(s string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, s)
	q.notEmpty.Signal()
}

func (q *Queue) Take() (string, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return s, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewQueue(2)
	var prod, cons sync.WaitGroup
	for p := range 3 {
		prod.Add(1)
		go func() {
			defer prod.Done()
			for i := range 5 {
				q.Put(fmt.Sprintf("p%d-%d", p, i))
			}
		}()
	}
	var mu sync.Mutex
	got := map[string][]string{}
	for c := range 2 {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				s, ok := q.Take()
				if !ok {
					return
				}
				mu.Lock()
				got[s[:2]] = append(got[s[:2]], s)
				mu.Unlock()
				_ = c
			}
		}()
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sort.Strings(got[k])
		fmt.Println(k, len(got[k]), got[k])
	}
	_, ok := q.Take()
	fmt.Println("after close:", ok, len(q.items))
}
