// difftest: same
package main

import (
	"fmt"
	"sync"
)

type Queue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewQueue[T any](n int) *Queue[T] {
	q := &Queue[T]{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue[T]) Put(v T) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return false
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	return true
}

func (q *Queue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		var zero T
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

type Packet struct {
	Seq  int
	Data string
}

func main() {
	q := NewQueue[Packet](2)
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				p, ok := q.Get()
				if !ok {
					return
				}
				sums[w] += p.Seq
			}
		}()
	}
	for i := 1; i <= 20; i++ {
		q.Put(Packet{i, fmt.Sprint("d", i)})
	}
	q.Close()
	wg.Wait()
	fmt.Println("total", sums[0]+sums[1]+sums[2], q.Put(Packet{}))
	v, ok := q.Get()
	fmt.Printf("%+v %v %T\n", v, ok, q)
}
