// difftest: same
package main

// Arrays are values: copied on assignment, as arguments, in range, in
// struct fields and in maps; compared with ==, used as map keys; a struct
// holding an array compared and used as a key; a pointer to an array
// ranged and indexed; and an array of structs changed by index versus by
// the range copy.

import (
	"fmt"
	"sort"
)

type Board [3][3]byte

type Move struct {
	Pos   [2]int
	Piece byte
}

func fill(b Board, c byte) Board {
	for i := range b {
		for j := range b[i] {
			if b[i][j] == 0 {
				b[i][j] = c
			}
		}
	}
	return b
}

func bump(p *[4]int) {
	for i := range p {
		p[i] += i
	}
	for i, v := range *p {
		p[i] = v * 2
	}
}

func main() {
	var b Board
	b[1][1] = 'X'
	c := b
	c[0][0] = 'O'
	f := fill(b, '.')
	fmt.Println(b == c, b[0][0], c[0][0], string(f[0][:]), string(f[1][:]))
	fmt.Println(f == fill(f, '#'), len(b), len(b[0]))
	moves := []Move{{[2]int{0, 1}, 'X'}, {[2]int{2, 2}, 'O'}}
	seen := map[Move]int{}
	for _, m := range moves {
		seen[m]++
	}
	seen[Move{[2]int{0, 1}, 'X'}]++
	keys := make([]Move, 0)
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Pos[0] < keys[j].Pos[0] })
	for _, k := range keys {
		fmt.Println(k.Pos, string(k.Piece), seen[k])
	}
	grid := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(grid[[2]int{1, 0}], len(grid), grid)
	arr := [4]int{1, 2, 3, 4}
	bump(&arr)
	fmt.Println(arr)
	pts := [3]Move{}
	for i, m := range pts {
		m.Piece = 'z'
		pts[i].Pos[1] = i
	}
	fmt.Println(pts)
	arr2 := arr
	for i, v := range arr2 {
		arr2[3-i] = v
	}
	fmt.Println(arr2, arr)
	var anyA, anyB any = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(anyA == anyB, anyA != [2]string{"b", "a"})
	s := arr[1:3]
	s[0] = 100
	fmt.Println(arr, s, cap(s))
	type rec struct {
		name string
		vals [2]float64
	}
	r1, r2 := rec{"a", [2]float64{1, 2}}, rec{"a", [2]float64{1, 2}}
	fmt.Println(r1 == r2, &r1 == &r2)
	r2.vals[1] = 3
	fmt.Println(r1 == r2, r1, r2)
	fmt.Printf("%v %+v %T\n", [0]int{}, [2]rec{}, pts)
}
