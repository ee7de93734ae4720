// difftest: same
package main

// Go by Example, Maps: make, set, get a missing key, len, delete, clear,
// the comma-ok form, map literals, and maps.Equal.

import (
	"fmt"
	"maps"
)

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)

	v1 := m["k1"]
	fmt.Println("v1:", v1)
	v3 := m["k3"]
	fmt.Println("v3:", v3)
	fmt.Println("len:", len(m))

	delete(m, "k2")
	fmt.Println("map:", m)
	clear(m)
	fmt.Println("map:", m)

	_, prs := m["k2"]
	fmt.Println("prs:", prs)

	n := map[string]int{"foo": 1, "bar": 2}
	fmt.Println("map:", n)
	n2 := map[string]int{"foo": 1, "bar": 2}
	if maps.Equal(n, n2) {
		fmt.Println("n == n2")
	}
	c := maps.Clone(n)
	c["baz"] = 3
	fmt.Println(len(n), len(c), maps.Equal(n, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]bool{}
	for _, e := range [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}} {
		if nested[e[0]] == nil {
			nested[e[0]] = map[string]bool{}
		}
		nested[e[0]][e[1]] = true
	}
	fmt.Println(nested, nested["x"]["y"])
}
