// difftest: same
package main

// Go 1.24's generic type aliases, one of them of iter.Seq, which a
// function returns and a loop ranges over.

import (
	"fmt"
	"iter"
)

type Set[T comparable] = map[T]struct{}

type List[T any] = []T

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type StrPair[V any] = Pair[string, V]

type Seq[T any] = iter.Seq[T]

func add[T comparable](s Set[T], v T) { s[v] = struct{}{} }

func count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	s := Set[string]{}
	add(s, "a")
	add(s, "a")
	add(s, "b")
	fmt.Println(len(s))
	var l List[int] = []int{1, 2}
	l = append(l, 3)
	fmt.Println(l, len(l))
	p := StrPair[int]{"x", 1}
	fmt.Printf("%v %+v %T\n", p, p, p)
	for v := range count(3) {
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Printf("%T %T\n", s, l)
}
