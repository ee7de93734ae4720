// difftest: same
package main

import (
	"fmt"
	"sort"
)

type Ordered interface {
	~int | ~float64 | ~string
}

func MaxOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

func SortedKeys[T Ordered](m map[T]int) []T {
	keys := make([]T, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf(1.5, -2.0), MaxOf("b", "a", "c"))
	s := Set[string]{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), len(s))
	fmt.Println(SortedKeys(map[string]int{"b": 1, "a": 2}))
}
