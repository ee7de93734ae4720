// difftest: same

// Maps keyed by a type parameter, in generic types and functions
// instantiated with any, that hold values of a struct with methods.
package main

import "fmt"

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("%d:%d", c.X, c.Y) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

type Counter[K comparable] struct {
	m map[K]int
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }

func (c *Counter[K]) Add(k K)     { c.m[k]++ }
func (c *Counter[K]) Get(k K) int { return c.m[k] }
func (c *Counter[K]) Drop(k K)    { delete(c.m, k) }
func (c *Counter[K]) Len() int    { return len(c.m) }

func Index[K comparable](ks ...K) map[K]int {
	m := map[K]int{}
	for i, k := range ks {
		m[k] = i
	}
	return m
}

func Pairs[K comparable](a, b K) map[K]bool { return map[K]bool{a: true, b: false} }

func main() {
	s := Set[any]{}
	s.Add(Coord{1, 1})
	s.Add(Coord{1, 1})
	s.Add("x")
	fmt.Println(len(s), s.Has(Coord{1, 1}), s.Has(Coord{2, 2}))

	c := NewCounter[any]()
	c.Add(Coord{1, 2})
	c.Add(Coord{1, 2})
	c.Add(3)
	fmt.Println(c.Len(), c.Get(Coord{1, 2}), c.Get(3))
	c.Drop(Coord{1, 2})
	fmt.Println(c.Len(), c.Get(Coord{1, 2}))

	idx := Index[any](Coord{0, 0}, 7, Coord{0, 0})
	fmt.Println(len(idx), idx[Coord{0, 0}], idx[7])

	pm := Pairs[any](Coord{1, 1}, Coord{1, 1})
	fmt.Println(len(pm), pm[Coord{1, 1}])

	plain := NewCounter[Coord]()
	plain.Add(Coord{5, 5})
	plain.Add(Coord{5, 5})
	fmt.Println(plain.Len(), plain.Get(Coord{5, 5}))
}
