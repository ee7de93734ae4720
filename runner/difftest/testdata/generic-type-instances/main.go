// difftest: same
package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// First makes a pair in a generic function, with the instance's types.
func First[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{k, v}
}

// Sorted returns m's pairs in the order of their keys.
func Sorted[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func pairOf(s string) Pair[string, int] { return Pair[string, int]{s, len(s)} }

func main() {
	p := Pair[string, int]{"x", 1}
	q := Pair[string, int]{"y", 2}
	fmt.Println(p, q, First("b", 2), pairOf("four"))
	fmt.Println(Sorted(map[string]int{"b": 2, "a": 1}))
	var pairs []Pair[string, int]
	pairs = append(pairs, p, Pair[string, int]{Key: "z"})
	fmt.Printf("%v %+v\n", pairs, Pair[int, []string]{2, []string{"w"}})
	s := &Stack[Pair[string, int]]{}
	s.Push(q)
	t := Stack[int]{}
	t.Push(3)
	fmt.Println(s.items, t.items, len(Stack[string]{}.items))
}
