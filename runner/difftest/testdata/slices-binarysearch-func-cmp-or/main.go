// difftest: same

package main

// slices' SortStableFunc, BinarySearch and BinarySearchFunc, Compact,
// Insert, Delete, MinFunc and Repeat, and cmp.Or and cmp.Less.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type peer struct {
	name string
	rtt  int
}

func main() {
	ps := []peer{{"c", 30}, {"a", 10}, {"b", 10}, {"d", 5}}
	slices.SortStableFunc(ps, func(x, y peer) int { return cmp.Compare(x.rtt, y.rtt) })
	fmt.Println(ps)
	i, found := slices.BinarySearchFunc(ps, 10, func(p peer, t int) int { return cmp.Compare(p.rtt, t) })
	fmt.Println(i, found)
	names := []string{"delta", "alpha", "charlie", "bravo"}
	slices.Sort(names)
	j, ok := slices.BinarySearch(names, "charlie")
	fmt.Println(names, j, ok)
	fmt.Println(slices.Index(names, "bravo"), slices.Contains(names, "echo"), slices.Max(names))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), slices.Equal(names, slices.Clone(names)))
	idx := slices.IndexFunc(ps, func(p peer) bool { return strings.HasPrefix(p.name, "b") })
	fmt.Println(idx, len(slices.Insert([]int{1, 2}, 1, 9, 8)))
	m := slices.MinFunc(ps, func(a, b peer) int { return cmp.Compare(a.name, b.name) })
	fmt.Println(m, slices.Repeat([]int{7}, 3), slices.Delete([]int{0, 1, 2, 3}, 1, 3))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3), cmp.Less(1.5, 2))
}
