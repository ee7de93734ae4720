// difftest: same
package main

// Generic constraints with methods: a Stringer constraint whose method is
// called on T, a ~string constraint converted both ways, a generic Set
// with methods returning iterators and method values taken from an
// instance, a generic Max over named types with min and max builtins,
// and a generic struct embedding another generic struct.

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Labeler interface {
	comparable
	Label() string
}

type Color int

func (c Color) Label() string { return [...]string{"red", "green", "blue"}[c] }

type Path string

type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](vs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s *Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s *Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s *Set[T]) Len() int         { return len(s.m) }

type Counted[T comparable] struct {
	*Set[T]
	adds int
}

func (c *Counted[T]) Put(v T) { c.adds++; c.Set.Add(v) }

func Labels[T Labeler](vs []T) string {
	seen := map[T]bool{}
	var out []string
	for _, v := range vs {
		if !seen[v] {
			seen[v] = true
			out = append(out, v.Label())
		}
	}
	return strings.Join(out, ",")
}

func Join[S ~string](parts []S, sep string) S {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = string(p)
	}
	return S(strings.Join(ss, sep))
}

func Clamp[T interface{ ~int | ~float64 }](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func main() {
	fmt.Println(Labels([]Color{2, 0, 2, 1}))
	p := Join([]Path{"usr", "local", "bin"}, "/")
	fmt.Printf("%v %T %d\n", p, p, len(p))
	s := NewSet("b", "a", "c", "a")
	has := s.Has
	fmt.Println(s.Len(), has("a"), has("z"), slices.Sorted(s.All()))
	c := &Counted[Color]{Set: NewSet[Color]()}
	c.Put(1)
	c.Put(1)
	c.Set.Add(2)
	fmt.Println(c.adds, c.Len(), c.Has(2))
	var labels []string
	for v := range c.All() {
		labels = append(labels, v.Label())
	}
	slices.Sort(labels)
	fmt.Println(labels)
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp(Color(1), 0, 2).Label())
	fmt.Println(min(Path("b"), Path("a")), max(Color(0), Color(2)), min(3.5, 2))
	add := (*Set[int]).Add
	is := NewSet[int]()
	add(is, 4)
	fmt.Println(is.Has(4), fmt.Sprintf("%T", is))
}
