// difftest: refused a map keyed by a type parameter holds the interpreter's own form of an interface the script declares

// A generic set keyed by its type parameter, instantiated with an
// interface the program declares: the interpreter hashes its own form of
// each value, so two equal shapes would be two keys.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

type Set[T comparable] struct{ m map[T]bool }

func NewSet[T comparable]() *Set[T] { return &Set[T]{m: map[T]bool{}} }

func (s *Set[T]) Add(v T) { s.m[v] = true }

func (s *Set[T]) Len() int { return len(s.m) }

func main() {
	words := NewSet[string]()
	words.Add("a")
	words.Add("a")
	shapes := NewSet[Shape]()
	shapes.Add(Square{1})
	shapes.Add(Square{1})
	shapes.Add(Square{2})
	fmt.Println(words.Len(), shapes.Len())
}
