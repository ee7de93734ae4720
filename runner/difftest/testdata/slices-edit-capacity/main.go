// difftest: same
package main

import (
	"fmt"
	"slices"
)

type item struct {
	name string
	tags []string
}

// show prints a slice with what lies between its length and capacity,
// where Go 1.22's slices functions leave zero values.
func show[S ~[]E, E any](label string, s S) {
	fmt.Printf("%s len=%d cap=%d %v tail=%v\n", label, len(s), cap(s), s, s[len(s):cap(s)])
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	show("Delete", slices.Delete(s, 2, 5))
	show("after", s)

	s = []int{1, 1, 2, 2, 2, 3, 1, 1}
	show("Compact", slices.Compact(s))
	s = []int{5, 1, 6, 2, 7, 3}
	show("DeleteFunc", slices.DeleteFunc(s, func(x int) bool { return x < 4 }))

	s = make([]int, 3, 10)
	show("Insert in place", slices.Insert(s, 1, 7, 8))
	show("Insert growing", slices.Insert([]int{1, 2, 3}, 1, 7, 8, 9, 10))
	show("Insert at end", slices.Insert([]int{1, 2, 3}, 3, 4))
	show("Replace shorter", slices.Replace([]int{1, 2, 3, 4, 5}, 1, 4, 9))
	show("Replace longer", slices.Replace([]int{1, 2, 3, 4, 5}, 1, 2, 7, 8, 9))

	show("Grow", slices.Grow([]int{1}, 10))
	show("Clip", slices.Clip(make([]int, 2, 9)))
	show("Concat", slices.Concat([]int{1}, nil, []int{2, 3}))
	fmt.Println(slices.Concat[[]int]() == nil, slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	show("Repeat", slices.Repeat([]int{1, 2}, 3))

	items := []item{{"a", []string{"x"}}, {"b", nil}, {"c", []string{"y", "z"}}}
	show("Delete structs", slices.Delete(items, 0, 1))
	show("after", items)

	var chunks [][]int
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, c)
	}
	for _, c := range chunks {
		show("Chunk", c)
	}
}
