// difftest: same
package main

// A Tour of Go, Generic types and its exercise: List[T] with Push, Len,
// a String of its own, and Index for comparable types, used for ints and
// strings; and Number constraints in a Sum.

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	return n
}

func (l *List[T]) String() string {
	var parts []string
	for e := l; e != nil; e = e.next {
		parts = append(parts, fmt.Sprint(e.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[N Number](xs ...N) N {
	var total N
	for _, x := range xs {
		total += x
	}
	return total
}

type Celsius float64

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))
	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))

	var l *List[int]
	for i := 1; i <= 4; i++ {
		l = l.Push(i * i)
	}
	fmt.Println(l.Len(), l.String())
	var words *List[string]
	words = words.Push("world").Push("hello")
	fmt.Println(words.String(), words.Len())
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[Celsius](20, 1.5))
}
