// difftest: same
package main

// A Tour of Go, Exercise: Maps: WordCount with strings.Fields, its keys
// sorted by count and then by name, delete and the comma-ok lookup, and a
// map of struct values printed.

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
	m := WordCount("I am learning Go! Go is fun. I am happy  I am")
	fmt.Println(m)
	fmt.Println(len(m))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Printf("%-10s %d\n", k, m[k])
	}
	delete(m, "I")
	v, ok := m["I"]
	fmt.Println("The value:", v, "Present?", ok)
	fmt.Printf("%v\n", map[string]struct{ Lat, Long float64 }{"Bell Labs": {40.68433, -74.39967}, "Google": {37.42202, -122.08408}})
}
