// difftest: same

// clear of maps and slices, min and max of numbers, strings and a named
// string type, slices.Min, Max, Sort, Index and Contains, maps.Clone,
// Equal, DeleteFunc and All, and range over ints of named types.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type Grade string

func (g Grade) String() string { return "grade:" + string(g) }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)
	m["z"] = 26
	fmt.Println(m)

	s := []int{5, 6, 7}
	clear(s)
	fmt.Println(s, len(s))

	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("a", "b", "ab"))
	var x int8 = 100
	fmt.Println(max(x, 50), min(x, -5))
	gs := []Grade{"b", "a", "c"}
	fmt.Println(min(gs[0], gs[1], gs[2]), max(gs[0], gs[2]))
	fmt.Println(slices.Min(gs), slices.Max(gs))
	slices.Sort(gs)
	fmt.Println(gs)

	grades := map[string]Grade{"tom": "b", "amy": "a", "joe": "c"}
	for _, k := range slices.Sorted(maps.Keys(grades)) {
		fmt.Println(k, grades[k])
	}
	inv := make(map[Grade]string)
	for k, v := range maps.All(grades) {
		inv[v] = k
	}
	fmt.Println(slices.Sorted(maps.Keys(inv)))
	cp := maps.Clone(grades)
	delete(cp, "tom")
	fmt.Println(len(cp), len(grades), maps.Equal(cp, grades))
	maps.DeleteFunc(cp, func(k string, v Grade) bool { return v == "a" })
	fmt.Println(cp)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	type ID uint8
	var n ID = 4
	for i := range n {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
	idx := slices.IndexFunc(gs, func(g Grade) bool { return g > "a" })
	fmt.Println(idx, slices.Contains(gs, "c"), slices.Index(gs, "q"))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}) != nil)
}
