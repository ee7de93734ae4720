// difftest: same
package main

// A loop over an iterator whose body assigns a struct literal to a
// variable declared before the loop, which keeps the last one.

import (
	"fmt"
	"slices"
)

type Best struct {
	Name  string
	Score int
}

func main() {
	scores := map[string]int{"ann": 7, "bob": 9, "cy": 4}
	var best Best
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range scores {
			if !yield(k) {
				return
			}
		}
	}) {
		if scores[name] > best.Score {
			best = Best{name, scores[name]}
		}
	}
	fmt.Println(best)
	var last Best
	for i, n := range slices.All([]string{"x", "y"}) {
		last = Best{Name: n, Score: i}
	}
	fmt.Println(last)
}
