// difftest: same
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s := []int{3, 1, 2}
	slices.Sort(s)
	fmt.Println(s, slices.Contains(s, 2), slices.Index(s, 3))
	fmt.Println(slices.Max(s), slices.Min(s))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	fmt.Println(slices.Equal([]int{1}, []int{1}))
}
