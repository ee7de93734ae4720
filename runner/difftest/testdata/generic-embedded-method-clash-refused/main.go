// difftest: refused a generic struct that embeds an instance of another generic type for its type parameters, both with a method of one name, whose methods the interpreter mixes up
package main

// A generic counted set built by embedding a generic set and overriding
// its Add: the interpreter runs the wrong Add for c.Set.Add.

import "fmt"

type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: map[T]bool{}} }

func (s *Set[T]) Add(v T) { s.m[v] = true }

type Counted[T comparable] struct {
	*Set[T]
	adds int
}

func (c *Counted[T]) Add(v T) { c.adds++; c.Set.Add(v) }

func main() {
	c := &Counted[string]{Set: NewSet[string]()}
	c.Add("a")
	c.Add("a")
	c.Set.Add("b")
	fmt.Println(c.adds, len(c.m))
}
