// difftest: same
package main

// Generic types with methods: a Pair with a String method, a linked List
// with Push and an All iterator, a Number constraint with ~ terms and a
// Sum over a named type, a generic Map over an iterator, and %T and %v
// of the instances.

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Push(vs ...T) *List[T] {
	for _, v := range vs {
		n := &node[T]{val: v}
		if l.tail == nil {
			l.head = n
		} else {
			l.tail.next = n
		}
		l.tail = n
		l.size++
	}
	return l
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MapSeq[T, U any](seq iter.Seq2[int, T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for _, v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

type Score int

func main() {
	var l List[Pair[string, Score]]
	l.Push(Pair[string, Score]{"ann", 7}, Pair[string, Score]{"bob", 9}).Push(Pair[string, Score]{"cy", 4})
	for i, p := range l.All() {
		fmt.Println(i, p, p.Key)
	}
	names := slices.Collect(MapSeq(l.All(), func(p Pair[string, Score]) string { return strings.ToUpper(p.Key) }))
	fmt.Println(names, l.size)
	fmt.Println(Sum[Score](1, 2, 3), Sum(1.5, 2.25), Sum[int64]())
	var ps []Pair[string, Score]
	for _, p := range l.All() {
		ps = append(ps, p)
	}
	fmt.Println(MaxBy(ps, func(p Pair[string, Score]) Score { return p.Val }))
	fmt.Printf("%T %T\n", ps[0], &l)
	fmt.Printf("%v %+v\n", ps, ps[1])
	q := Pair[Pair[int, bool], []string]{Pair[int, bool]{1, true}, []string{"x"}}
	fmt.Println(q)
	fmt.Printf("%T\n", q)
}
