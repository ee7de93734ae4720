// difftest: same

// A generic ordered set of comparable elements with an iter.Seq method,
// union, intersection and removal, of ints, structs and strings.
package main

import (
	"fmt"
	"iter"
	"slices"
	"sort"
	"strings"
)

type Set[T comparable] struct {
	m     map[T]struct{}
	order []T
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T) bool {
	if _, ok := s.m[x]; ok {
		return false
	}
	s.m[x] = struct{}{}
	s.order = append(s.order, x)
	return true
}

func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }

func (s *Set[T]) Remove(x T) {
	if !s.Has(x) {
		return
	}
	delete(s.m, x)
	s.order = slices.DeleteFunc(s.order, func(y T) bool { return y == x })
}

func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range s.order {
			if !yield(x) {
				return
			}
		}
	}
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for x := range s.All() {
		r.Add(x)
	}
	for x := range o.All() {
		r.Add(x)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for x := range s.All() {
		if o.Has(x) {
			r.Add(x)
		}
	}
	return r
}

func (s *Set[T]) String() string {
	var b strings.Builder
	b.WriteString("{")
	for i, x := range s.order {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, x)
	}
	b.WriteString("}")
	return b.String()
}

type Point struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 2, 1)
	b := NewSet(3, 4, 5)
	fmt.Println(a, b, a.Union(b), a.Intersect(b))
	a.Remove(2)
	fmt.Println(a, a.Has(2), a.Has(3))
	ps := NewSet(Point{1, 2}, Point{1, 2}, Point{0, 0})
	fmt.Println(ps, len(ps.order))
	words := NewSet(strings.Fields("the cat the dog a cat")...)
	got := slices.Collect(words.All())
	sort.Strings(got)
	fmt.Println(got)
	fmt.Printf("%v\n", words)
	for w := range words.All() {
		if w == "dog" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
}
