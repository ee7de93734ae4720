// difftest: same
package main

// A tally of events keyed by what a decoder gave: a key that holds a
// slice cannot be hashed, and a Go build panics when it assigns it
// (runtime error: hash of unhashable type []string), after it has called
// what the assignment's value calls, in an empty map too. The interpreter
// looked the key up first and raised the lookup's error (hash of
// unhashable type: []string) for an op= whose value calls and for a map
// keyed by a struct that holds an interface.

import "fmt"

type eventKey struct {
	Source string
	Tag    any
}

func weight(name string) int {
	fmt.Println("weighing", name)
	return len(name)
}

func tally(name string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered: %v\n", name, r)
		}
	}()
	fn()
	fmt.Println(name, "ok")
}

func main() {
	var tag any = []string{"a", "b"}
	tally("op= with a call", func() {
		counts := map[any]int{}
		counts[tag] += weight("first")
	})
	tally("op= with an index", func() {
		counts := map[any]int{}
		ws := []int{3}
		counts[tag] -= ws[0]
	})
	tally("struct key", func() {
		byEvent := map[eventKey]int{}
		byEvent[eventKey{"udp", tag}] = 1
	})
	tally("struct key ++", func() {
		byEvent := map[eventKey]int{}
		byEvent[eventKey{"tcp", tag}]++
	})
	tally("array key", func() {
		pairs := map[[2]any]bool{}
		pairs[[2]any{1, tag}] = true
	})
	tally("struct key with a call", func() {
		byEvent := map[eventKey]int{}
		byEvent[eventKey{"tcp", tag}] += weight("second")
	})
	tally("hashable keys", func() {
		counts := map[any]int{}
		counts["x"] += weight("third")
		byEvent := map[eventKey]int{}
		byEvent[eventKey{"tcp", 7}]++
		byEvent[eventKey{"tcp", 7}] += weight("fourth")
		fmt.Println(counts, byEvent)
	})
}
