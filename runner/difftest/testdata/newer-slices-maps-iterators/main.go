// difftest: same
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Host struct {
	Name string
	Load int
}

func main() {
	ports := []int{80, 443, 22, 8080, 25}
	for c := range slices.Chunk(ports, 2) {
		fmt.Println(c, len(c), cap(c))
	}
	for i, p := range slices.Backward(ports) {
		fmt.Print(i, ":", p, " ")
	}
	fmt.Println()
	fmt.Println(slices.Repeat([]string{"-"}, 3), slices.Concat([]int{1}, nil, []int{2, 3}))
	sorted := slices.Sorted(slices.Values(ports))
	fmt.Println(sorted, slices.Collect(slices.Values(sorted[:2])))
	idx := map[int]int{}
	for i, v := range slices.All(sorted) {
		idx[v] = i
	}
	m := map[string]int{"b": 2, "a": 1}
	maps.Insert(m, maps.All(map[string]int{"c": 3}))
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)), len(maps.Collect(maps.All(m))))
	hosts := []Host{{"x", 3}, {"y", 1}, {"z", 2}}
	byLoad := slices.SortedFunc(slices.Values(hosts), func(a, b Host) int { return cmp.Compare(a.Load, b.Load) })
	fmt.Println(byLoad)
	i, ok := slices.BinarySearchFunc(byLoad, 2, func(h Host, l int) int { return cmp.Compare(h.Load, l) })
	fmt.Println(i, ok)
	fmt.Println(slices.ContainsFunc(hosts, func(h Host) bool { return strings.HasPrefix(h.Name, "z") }))
	s := slices.Insert([]int{1, 2}, 1, 9, 8)
	s = slices.Delete(s, 0, 1)
	fmt.Println(s, slices.Index(s, 8), slices.Max(s), slices.Min(s))
	keys := slices.AppendSeq([]string{"start"}, maps.Keys(map[string]bool{"only": true}))
	fmt.Println(keys)
	grouped := map[bool][]int{}
	for _, p := range ports {
		grouped[p < 1024] = append(grouped[p < 1024], p)
	}
	fmt.Println(grouped[true], grouped[false])
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"))
	clear(m)
	fmt.Println(len(m))
}
