// difftest: same
package main

// Method expressions of instances of generic types, (*Set[int]).Add and
// Set[string].Len, kept in variables and a table, and called with the
// receiver first.

import "fmt"

type Set[T comparable] struct{ m map[T]bool }

func (s *Set[T]) Add(v T) { s.m[v] = true }
func (s Set[T]) Len() int { return len(s.m) }

func main() {
	add := (*Set[int]).Add
	size := Set[int].Len
	ops := map[string]func(*Set[int], int){"add": (*Set[int]).Add}
	is := &Set[int]{m: map[int]bool{}}
	add(is, 4)
	ops["add"](is, 5)
	add(is, 4)
	names := Set[string]{m: map[string]bool{"a": true}}
	fmt.Println(size(*is), Set[string].Len(names), is.Len())
}
