// difftest: same
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type IDs []int

type Set map[string]bool

func main() {
	s := []int{3, 1, 1, 2, 2, 2, 5}
	c := slices.Clone(s)
	fmt.Println(c, slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	fmt.Println(slices.Compact(c), c)
	c = slices.Clone(s)
	fmt.Println(slices.CompactFunc(c, func(a, b int) bool { return a%2 == b%2 }), c)
	d := []string{"a", "b", "c", "d", "e"}
	fmt.Printf("%q %q\n", slices.Delete(d, 1, 3), d)
	d = []string{"a", "b", "c", "d", "e"}
	fmt.Printf("%q %q\n", slices.DeleteFunc(d, func(x string) bool { return x == "b" || x == "d" }), d)
	ins := make([]int, 3, 10)
	r := slices.Insert(ins, 1, 7, 8)
	fmt.Println(r, ins, len(r), cap(r) == cap(ins))
	fmt.Println(slices.Insert([]int{1, 2}, 2, 3), slices.Insert([]int{1, 2}, 0), slices.Insert([]int{1, 2}, 1, 9, 9, 9))
	ov := []int{1, 2, 3, 4, 5, 0, 0}[:5]
	fmt.Println(slices.Insert(ov, 1, ov[3:]...))
	rep := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(slices.Replace(rep, 1, 4, 9), rep)
	rep = []int{0, 1, 2, 3, 4, 5}
	fmt.Println(slices.Replace(rep, 1, 2, 7, 8, 9), slices.Replace([]int{1, 2, 3}, 1, 3), slices.Replace([]int{1, 2}, 1, 1, 5))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(g, len(g), cap(g) >= 11, len(slices.Clip(g)), cap(slices.Clip(g)))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Concat[[]int]() == nil, slices.Concat(IDs{4}, IDs{5}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), len(slices.Repeat([]int{}, 5)))
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(ch, len(ch), cap(ch), " ")
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	fmt.Println(maps.Equal(m, m2), maps.Clone(map[int]int(nil)) == nil)
	m2["c"] = 3
	fmt.Println(maps.Equal(m, m2), maps.EqualFunc(m, map[string]string{"a": "1", "b": "2"}, func(x int, y string) bool { return fmt.Sprint(x) == y }))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2)
	dst := Set{"x": true}
	maps.Copy(dst, Set{"y": true})
	fmt.Println(len(dst), strings.Repeat("-", 3))
}
