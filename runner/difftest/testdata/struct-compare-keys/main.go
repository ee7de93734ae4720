// difftest: same
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Edge struct {
	From, To Point
}

func main() {
	a, b := Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a != Point{2, 1})
	seen := map[Point]int{}
	for _, p := range []Point{{1, 2}, {3, 4}, {1, 2}} {
		seen[p]++
	}
	keys := make([]Point, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X < keys[j].X })
	for _, k := range keys {
		fmt.Println(k, seen[k])
	}
	edges := map[Edge]bool{{Point{0, 0}, Point{1, 1}}: true}
	fmt.Println(edges[Edge{Point{0, 0}, Point{1, 1}}], edges[Edge{}])
	arr1 := [2]string{"a", "b"}
	arr2 := [2]string{"a", "b"}
	fmt.Println(arr1 == arr2)
}
