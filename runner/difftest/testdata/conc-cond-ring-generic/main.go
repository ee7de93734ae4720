// difftest: same
package main

// A bounded ring buffer of a generic type, whose Put and Get wait on two
// sync.Conds. The loop conditions read a field beside the length of
// another (r.n == len(r.buf)), which gc makes first: both can fail only on
// a nil pointer, alike, so they run as written.

import (
	"fmt"
	"sync"
)

type Ring[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	buf      []T
	head, n  int
	closed   bool
}

func NewRing[T any](size int) *Ring[T] {
	r := &Ring[T]{buf: make([]T, size)}
	r.notEmpty = sync.NewCond(&r.mu)
	r.notFull = sync.NewCond(&r.mu)
	return r
}

func (r *Ring[T]) Put(v T) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.n == len(r.buf) {
		r.notFull.Wait()
	}
	r.buf[(r.head+r.n)%len(r.buf)] = v
	r.n++
	r.notEmpty.Signal()
}

func (r *Ring[T]) Close() {
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
	r.notEmpty.Broadcast()
}

func (r *Ring[T]) Get() (T, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.n == 0 && !r.closed {
		r.notEmpty.Wait()
	}
	var zero T
	if r.n == 0 {
		return zero, false
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.n--
	r.notFull.Signal()
	return v, true
}

func main() {
	r := NewRing[string](2)
	go func() {
		for _, w := range []string{"a", "b", "c", "d", "e"} {
			r.Put(w)
		}
		r.Close()
	}()
	for {
		v, ok := r.Get()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := r.Get()
	fmt.Println(ok, r.n, len(r.buf))
}
