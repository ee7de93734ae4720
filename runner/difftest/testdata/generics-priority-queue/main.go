// difftest: same
package main

// A generic priority queue on container/heap, its Push taking an any
// asserted to the type parameter.

import (
	"cmp"
	"container/heap"
	"fmt"
)

// PQ is a generic priority queue built on container/heap.
type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

func NewPQ[T any](less func(a, b T) bool, xs ...T) *PQ[T] {
	q := &PQ[T]{items: append([]T(nil), xs...), less: less}
	heap.Init(q)
	return q
}

type task struct {
	name string
	pri  int
}

func MinHeap[T cmp.Ordered](xs ...T) *PQ[T] {
	return NewPQ(func(a, b T) bool { return a < b }, xs...)
}

func main() {
	q := NewPQ(func(a, b task) bool { return a.pri > b.pri }, task{"low", 1}, task{"high", 9})
	heap.Push(q, task{"mid", 5})
	for q.Len() > 0 {
		t := heap.Pop(q).(task)
		fmt.Println(t.name, t.pri)
	}
	h := MinHeap(5, 2, 8, 1)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	s := MinHeap("b", "a")
	fmt.Println(heap.Pop(s), s.Len())
}
