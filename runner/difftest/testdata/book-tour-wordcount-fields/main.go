// difftest: same
package main

// A Tour of Go, the Maps exercise: WordCount with strings.Fields, and
// the map tests that the tour's wc package would run, printed in order.

import (
	"fmt"
	"sort"
	"strings"
)

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func main() {
	tests := []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
		"A man a plan a canal panama.",
	}
	for _, t := range tests {
		got := WordCount(t)
		keys := make([]string, 0, len(got))
		for k := range got {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("%q:", t)
		for _, k := range keys {
			fmt.Printf(" %s=%d", k, got[k])
		}
		fmt.Println()
		fmt.Println(len(got), got)
	}
}
