// difftest: same
// Instances of a generic type with a String method that only a generic
// function makes (Wrap[T] returns a Box[T] as an any), and a generic error
// type returned by a generic function, printed.
package main

import (
	"fmt"
)

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("box(%v)", b.V) }

func Wrap[T any](v T) any { return Box[T]{v} }

type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("key %v not found", e.Key) }

func lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, NotFound[K]{k}
	}
	return v, nil
}

func main() {
	fmt.Println(Wrap(3), Wrap("s"))
	_, err := lookup(map[string]int{}, "x")
	fmt.Println(err)
	fmt.Printf("%v %s\n", err, err)
}
