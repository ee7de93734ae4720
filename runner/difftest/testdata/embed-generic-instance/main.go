// difftest: same
package main

// A struct that embeds an instance of a generic type (a Stack[int] and a
// *Set[string]) selects the embedded field by the generic type's name,
// overrides one of its methods and calls the embedded one through the
// field, and is built with the field's name as a literal's key.

import (
	"fmt"
	"slices"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: map[T]bool{}} }

func (s *Set[T]) Add(v T)      { s.m[v] = true }
func (s *Set[T]) Has(v T) bool { return s.m[v] }

// History is a stack of ints that counts its pushes.
type History struct {
	Stack[int]
	pushes int
}

func (h *History) Push(v int) { h.pushes++; h.Stack.Push(v) }

// Seen is a set of names that keeps their order.
type Seen struct {
	*Set[string]
	order []string
}

func (s *Seen) Add(v string) {
	if !s.Set.Has(v) {
		s.order = append(s.order, v)
	}
	s.Set.Add(v)
}

func main() {
	var h History
	for i := range 4 {
		h.Push(i * i)
	}
	v, ok := h.Pop()
	fmt.Println(v, ok, h.pushes, h.Stack.items, len(h.items))
	s := &Seen{Set: NewSet[string]()}
	for _, n := range []string{"b", "a", "b", "c", "a"} {
		s.Add(n)
	}
	fmt.Println(s.order, s.Has("c"), s.Set.Has("z"), len(s.m))
	keys := make([]string, 0, len(s.m))
	for k := range s.m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys)
}
