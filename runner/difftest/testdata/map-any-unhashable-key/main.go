// difftest: same
package main

// Keys that a map keyed by an empty interface cannot hash: a slice, a
// struct holding one, in an empty map and in one that holds a key, by an
// assignment, an op=, an ++, a lookup, a comma-ok lookup and a delete; a
// cache of peers that recovers from each and prints what it recovered.

import "fmt"

type Session struct{ Tags []string }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	var key any = []int{1}
	try("assign, empty", func() { m := map[any]int{}; m[key] = 1 })
	try("assign, full", func() { m := map[any]int{0: 0}; m[key] = 1 })
	try("assign a struct, empty", func() { m := map[any]bool{}; m[Session{}] = true })
	try("op=, empty", func() { m := map[any]int{}; m[key] += 2 })
	try("++, empty", func() { m := map[any]int{}; m[[]string{"a"}]++ })
	try("two at once, empty", func() { m := map[any]int{}; var n int; n, m[key] = 1, 2; _ = n })
	try("lookup, empty", func() { m := map[any]int{}; _ = m[key] })
	try("lookup a struct, empty", func() { m := map[any]int{}; _ = m[Session{}] })
	try("lookup a struct, full", func() { m := map[any]int{1: 1}; _ = m[Session{}] })
	try("comma-ok, empty", func() { m := map[any]int{}; _, ok := m[key]; fmt.Println(ok) })
	try("delete, empty", func() { m := map[any]int{}; delete(m, key) })
	try("delete, full", func() { m := map[any]int{1: 1}; delete(m, Session{}) })
	seen := map[any]int{}
	for _, k := range []any{"a", 1, "a", 2.5} {
		seen[k]++
	}
	fmt.Println(len(seen), seen["a"])
}
