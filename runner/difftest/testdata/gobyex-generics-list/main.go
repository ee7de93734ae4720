// difftest: same
package main

// Go by Example, Generics and Range over Iterators: a generic linked list
// with a method that returns its elements as a slice and as an iter.Seq.

import (
	"fmt"
	"iter"
	"slices"
)

func SlicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	var s = []string{"foo", "bar", "zoo"}
	fmt.Println("index of zoo:", SlicesIndex(s, "zoo"))

	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	for e := range lst.All() {
		fmt.Println(e)
	}
	all := slices.Collect(lst.All())
	fmt.Println("all:", all)
	for n := range genFib() {
		if n >= 10 {
			break
		}
		fmt.Println(n)
	}
}
