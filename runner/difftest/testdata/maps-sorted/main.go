// difftest: same
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat and the dog and the bird"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-5s %d\n", k, counts[k])
	}
	delete(counts, "the")
	_, ok := counts["the"]
	fmt.Println(len(counts), ok)
	nested := map[string]map[string]bool{}
	if nested["x"] == nil {
		nested["x"] = map[string]bool{}
	}
	nested["x"]["y"] = true
	fmt.Println(nested)
}
