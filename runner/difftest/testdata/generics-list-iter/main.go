// difftest: same
package main

// A generic doubly linked list with iter.Seq and iter.Seq2 methods, and a
// generic filter over sequences.

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// List is a doubly linked list with iterators.
type List[T any] struct {
	front, back *Node[T]
	n           int
}

type Node[T any] struct {
	Val        T
	prev, next *Node[T]
}

func (l *List[T]) PushBack(v T) *Node[T] {
	nd := &Node[T]{Val: v, prev: l.back}
	if l.back != nil {
		l.back.next = nd
	} else {
		l.front = nd
	}
	l.back = nd
	l.n++
	return nd
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for nd := l.front; nd != nil; nd = nd.next {
			if !yield(nd.Val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.n - 1
		for nd := l.back; nd != nil; nd = nd.prev {
			if !yield(i, nd.Val) {
				return
			}
			i--
		}
	}
}

func FromSeq[T any](seq iter.Seq[T]) *List[T] {
	l := &List[T]{}
	for v := range seq {
		l.PushBack(v)
	}
	return l
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	l := FromSeq(slices.Values(strings.Fields("one two three four five")))
	for w := range l.All() {
		fmt.Print(w, ",")
	}
	fmt.Println()
	for i, w := range l.Backward() {
		if i < 2 {
			break
		}
		fmt.Println(i, w)
	}
	long := slices.Collect(Filter(l.All(), func(s string) bool { return len(s) > 3 }))
	fmt.Println(long, len(long), l.n)
	nums := &List[int]{}
	for i := range 5 {
		nums.PushBack(i * i)
	}
	sum := 0
	for v := range nums.All() {
		sum += v
	}
	fmt.Println(sum, slices.Collect(nums.All()))
	fmt.Printf("%T %v\n", nums.front, nums.front.Val)
}
