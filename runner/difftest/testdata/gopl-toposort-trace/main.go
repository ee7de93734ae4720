// difftest: same
package main

// The Go Programming Language, 5.6 and 5.8: a topological sort of course
// prerequisites with a recursive function literal, and a deferred trace
// that reports entry and exit of a function.

import (
	"fmt"
	"sort"
	"strings"
)

var prereqs = map[string][]string{
	"algorithms": {"data structures"},
	"calculus":   {"linear algebra"},
	"compilers": {
		"data structures",
		"formal languages",
		"computer organization",
	},
	"data structures":       {"discrete math"},
	"databases":             {"data structures"},
	"discrete math":         {"intro to programming"},
	"formal languages":      {"discrete math"},
	"networks":              {"operating systems"},
	"operating systems":     {"data structures", "computer organization"},
	"programming languages": {"data structures", "computer organization"},
}

func topoSort(m map[string][]string) []string {
	var order []string
	seen := make(map[string]bool)
	var visitAll func(items []string)
	visitAll = func(items []string) {
		for _, item := range items {
			if !seen[item] {
				seen[item] = true
				visitAll(m[item])
				order = append(order, item)
			}
		}
	}
	var keys []string
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	visitAll(keys)
	return order
}

var depth int

func trace(msg string) func() {
	fmt.Printf("%senter %s\n", strings.Repeat("  ", depth), msg)
	depth++
	return func() {
		depth--
		fmt.Printf("%sexit %s\n", strings.Repeat("  ", depth), msg)
	}
}

func bigSlowOperation(n int) int {
	defer trace(fmt.Sprintf("bigSlowOperation(%d)", n))()
	if n == 0 {
		return 0
	}
	return n + bigSlowOperation(n-1)
}

func triple(x int) (result int) {
	defer func() { result += x }()
	return x + x
}

func main() {
	for i, course := range topoSort(prereqs) {
		fmt.Printf("%d:\t%s\n", i+1, course)
	}
	fmt.Println(bigSlowOperation(3))
	fmt.Println(triple(4))
}
