// difftest: refused the interpreter replaces a field named as its type's type parameter with the type argument

// Generic types whose fields bear the names of their type parameters
// (struct{ K K; V V }), with methods that select those fields, a generic
// function whose local variable does, and instances of named basic types.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Word string

type Count int

type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.K, p.V) }

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.V), p.K} }

type Node[T any] struct {
	T    T
	Next *Node[T]
}

func (n *Node[T]) Values() []T {
	var out []T
	for ; n != nil; n = n.Next {
		out = append(out, n.T)
	}
	return out
}

func Entries[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range m {
		out = append(out, Pair[K, V]{K: k, V: v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.K, b.K) })
	return out
}

func Last[T any](xs []T) (last T) {
	for _, T := range xs {
		last = T
	}
	return last
}

func main() {
	counts := map[Word]Count{"go": 3, "c": 1, "rust": 2}
	for _, e := range Entries(counts) {
		fmt.Println(e, e.K, e.V, e.Swap())
	}
	p := Pair[Word, Count]{"x", 9}
	fmt.Printf("%v %+v %s\n", p, p.Swap(), p)
	list := &Node[float64]{1.5, &Node[float64]{T: 2.5}}
	fmt.Println(list.Values(), list.Next.T)
	fmt.Println(Last([]string{"a", "b"}), Last([]Count{4, 5}))
}
