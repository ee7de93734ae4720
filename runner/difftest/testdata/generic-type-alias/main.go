// difftest: same
package main

// Go 1.24's generic type aliases: a set as a map alias, an entry as an
// instance of a generic struct, used in plain and generic code alike.

import (
	"fmt"
	"slices"
	"sort"
)

type Set[T comparable] = map[T]struct{}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Entry[V any] = Pair[string, V]

type Handlers[T any] = []func(T) string

func add[T comparable](s Set[T], vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func entries[V any](m map[string]V) []Entry[V] {
	var out []Entry[V]
	for k, v := range m {
		out = append(out, Entry[V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func main() {
	peers := Set[string]{}
	add(peers, "10.0.0.1", "10.0.0.2", "10.0.0.1")
	keys := make([]string, 0, len(peers))
	for k := range peers {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(len(peers), keys)
	fmt.Printf("%T\n", peers)

	e := Entry[int]{"port", 8080}
	fmt.Printf("%v %+v %T\n", e, e, e)
	for _, en := range entries(map[string]bool{"b": true, "a": false}) {
		fmt.Println(en.Key, en.Val)
	}
	var hs Handlers[int] = Handlers[int]{
		func(n int) string { return fmt.Sprint("n=", n) },
		func(n int) string { return fmt.Sprint("double=", 2*n) },
	}
	for _, h := range hs {
		fmt.Println(h(21))
	}
}
