// difftest: same
package main

// The Go Programming Language, 4.3: a graph as a map of maps with
// addEdge and hasEdge, a map keyed by a []string through k, and the
// equal function for maps; input read from standard input.

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

var graph = make(map[string]map[string]bool)

func addEdge(from, to string) {
	edges := graph[from]
	if edges == nil {
		edges = make(map[string]bool)
		graph[from] = edges
	}
	edges[to] = true
}

func hasEdge(from, to string) bool {
	return graph[from][to]
}

var m = make(map[string]int)

func k(list []string) string  { return fmt.Sprintf("%q", list) }
func Add(list []string)       { m[k(list)]++ }
func Count(list []string) int { return m[k(list)] }

func equal(x, y map[string]int) bool {
	if len(x) != len(y) {
		return false
	}
	for k, xv := range x {
		if yv, ok := y[k]; !ok || yv != xv {
			return false
		}
	}
	return true
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		f := strings.Fields(in.Text())
		if len(f) == 2 {
			addEdge(f[0], f[1])
			Add(f)
		}
	}
	fmt.Println(hasEdge("a", "b"), hasEdge("b", "a"), hasEdge("x", "y"))
	var froms []string
	for from := range graph {
		froms = append(froms, from)
	}
	sort.Strings(froms)
	for _, f := range froms {
		fmt.Println(f, "->", graph[f])
	}
	fmt.Println(Count([]string{"a", "b"}), Count([]string{"c", "a"}), len(m))
	fmt.Println(equal(map[string]int{"A": 0}, map[string]int{"B": 42}), equal(m, m))
}
