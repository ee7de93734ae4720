// difftest: same
package main

// Slice gotchas that tutorials warn about: append to a sub-slice writing
// into the parent's array, the full slice expression s[a:b:c] forcing a
// copy, copy between overlapping parts, a slice of arrays versus a slice
// of pointers changed in range, 2D slices sharing rows, slices.Insert and
// Delete zeroing the tail, and a function appending to its argument.

import (
	"fmt"
	"slices"
)

type Cell struct{ V int }

func add(s []int, v int) []int {
	s = append(s, v)
	s[0] = -1
	return s
}

func main() {
	base := []int{1, 2, 3, 4, 5}
	sub := base[1:3]
	sub = append(sub, 99)
	fmt.Println(base, sub, len(sub), cap(sub))
	safe := base[1:3:3]
	safe = append(safe, 77)
	safe[0] = 0
	fmt.Println(base, safe, cap(safe) >= 3)
	copy(base[1:], base)
	fmt.Println(base)
	small := make([]int, 2, 10)
	grown := add(small, 5)
	fmt.Println(small, grown, small[:3])
	full := []int{1, 2}
	grown2 := add(full, 5)
	fmt.Println(full, grown2)
	cells := []Cell{{1}, {2}}
	for _, c := range cells {
		c.V *= 10
	}
	for i := range cells {
		cells[i].V++
	}
	ptrs := []*Cell{{1}, {2}}
	for _, c := range ptrs {
		c.V *= 10
	}
	fmt.Println(cells, *ptrs[0], *ptrs[1])
	row := make([]int, 3)
	grid := [][]int{row, row}
	grid[0][1] = 8
	fmt.Println(grid)
	grid2 := make([][]int, 2)
	for i := range grid2 {
		grid2[i] = make([]int, 3)
	}
	grid2[0][1] = 8
	fmt.Println(grid2)
	s := []int{0, 1, 2, 3, 4}
	t := s[:4]
	s = slices.Delete(s, 1, 3)
	fmt.Println(s, t)
	u := []string{"a", "d"}
	u = slices.Insert(u, 1, "b", "c")
	fmt.Println(u, len(u), slices.Index(u, "c"))
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(append(nilS, empty...)), append(nilS, empty...) == nil)
	arr := [4]int{1, 2, 3, 4}
	as := arr[:]
	as[0] = 100
	as = append(as, 5)
	as[1] = 200
	fmt.Println(arr, as)
	r := slices.Repeat([]int{1, 2}, 2)
	fmt.Println(r, len(slices.Clip(r[:1])))
	bs := []byte("hello")
	str := string(bs[1:3])
	bs[1] = 'E'
	fmt.Println(str, string(bs))
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	chunks[0][0] = 10
	fmt.Println(chunks)
}
