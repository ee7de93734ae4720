// difftest: same
package main

// The panics of slices.Insert, Delete and Replace out of bounds, and of
// other functions of slices, maps and math/rand/v2 given what they
// refuse, as a recover sees them.

import (
	"fmt"
	"iter"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	try("chunk0", func() { slices.Chunk([]int{1}, 0) })
	try("repeat-neg", func() { slices.Repeat([]int{1}, -1) })
	try("insert-nil-map", func() {
		var m map[string]int
		maps.Insert(m, maps.All(map[string]int{"a": 1}))
	})
	try("collect-nil-map", func() {
		m := maps.Collect(func(yield func(string, int) bool) {})
		fmt.Println(m == nil, len(m))
	})
	try("randN0", func() { rand.N(0) })
	try("intN0", func() { rand.IntN(0) })
	try("insert-oob", func() { slices.Insert([]int{1}, 5, 2) })
	try("delete-oob", func() { slices.Delete([]int{1}, 0, 3) })
	try("replace-oob", func() { slices.Replace([]int{1, 2}, 1, 4, 9) })
	try("replace-inverted", func() { slices.Replace([]int{1, 2}, 2, 1) })
	try("delete-inverted", func() { slices.Delete([]int{1, 2, 3}, 2, 1) })
	try("insert-neg", func() { i := -1; slices.Insert([]int{1}, i, 2) })
	fmt.Println(slices.Insert([]int{1, 2}, 2, 3), slices.Delete([]int{1, 2, 3}, 1, 3), slices.Replace([]int{1, 2, 3}, 0, 2, 7))
	try("max-empty", func() { slices.Max([]int{}) })
	try("repeat-str", func() { strings.Repeat("x", -1) })
	try("pull-reentrant", func() {
		var next func() (int, bool)
		var stop func()
		next, stop = iter.Pull(func(yield func(int) bool) {
			next()
		})
		defer stop()
		next()
	})
}
