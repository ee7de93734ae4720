// difftest: same
package main

// A generic Set on a map with methods that call a generic constructor
// (NewSet[T]() in Union), and a function with an inline constraint.

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Set is a set of comparable values.
type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := make(Set[T], len(xs))
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Remove(v T)   { delete(s, v) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		out.Add(v)
	}
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Sorted[T interface {
	comparable
	~string | ~int
}](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

type Port int

func main() {
	a := NewSet("go", "rust", "zig")
	b := NewSet(strings.Fields("go c zig")...)
	fmt.Println(Sorted(a.Union(b)), Sorted(a.Intersect(b)))
	fmt.Println(a.Has("go"), a.Has("c"), a.Len())
	a.Remove("go")
	fmt.Println(Sorted(a), len(a))
	ports := NewSet[Port](80, 443, 80)
	fmt.Println(Sorted(ports), ports.Len())
	fmt.Printf("%T %v\n", ports, ports)
	empty := Set[int]{}
	fmt.Println(empty, len(empty.Union(NewSet(1))))
}
