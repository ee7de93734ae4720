// difftest: same
package main

// Comparable values as the language defines them: structs and arrays
// compared with ==, used as map keys, a grid of visited cells, and a
// struct of arrays copied by assignment.

import (
	"fmt"
	"sort"
)

type Cell struct{ Row, Col int }

type Move [2]Cell

type Board struct {
	Cells [3][3]byte
	Turn  byte
}

func neighbours(c Cell) []Cell {
	return []Cell{{c.Row - 1, c.Col}, {c.Row + 1, c.Col}, {c.Row, c.Col - 1}, {c.Row, c.Col + 1}}
}

func main() {
	visited := map[Cell]bool{{0, 0}: true}
	queue := []Cell{{0, 0}}
	for len(queue) > 0 && len(visited) < 9 {
		c := queue[0]
		queue = queue[1:]
		for _, n := range neighbours(c) {
			if n.Row < 0 || n.Col < 0 || n.Row > 2 || n.Col > 2 || visited[n] {
				continue
			}
			visited[n] = true
			queue = append(queue, n)
		}
	}
	cells := make([]Cell, 0, len(visited))
	for c := range visited {
		cells = append(cells, c)
	}
	sort.Slice(cells, func(i, j int) bool {
		if cells[i].Row != cells[j].Row {
			return cells[i].Row < cells[j].Row
		}
		return cells[i].Col < cells[j].Col
	})
	fmt.Println(len(visited), cells)

	moves := map[Move]int{}
	m := Move{{0, 0}, {1, 1}}
	moves[m]++
	moves[Move{{0, 0}, {1, 1}}]++
	fmt.Println(moves[m], len(moves), m == Move{Cell{0, 0}, Cell{1, 1}})

	var b Board
	b.Cells[1][1] = 'X'
	b.Turn = 'O'
	saved := b
	b.Cells[0][0] = 'O'
	fmt.Println(saved == b, saved.Cells[0][0] == 0, b.Cells[1][1] == saved.Cells[1][1])
	seen := map[Board]string{saved: "before"}
	seen[b] = "after"
	fmt.Println(len(seen), seen[saved])
	arrKeys := map[[2]string]int{{"a", "b"}: 1}
	arrKeys[[2]string{"a", "b"}] += 10
	fmt.Println(arrKeys)
	type pair struct {
		k string
		v any
	}
	fmt.Println(pair{"x", 1} == pair{"x", 1}, pair{"x", 1} == pair{"x", "1"})
	var i1, i2 any = Cell{1, 2}, Cell{1, 2}
	fmt.Println(i1 == i2, i1 != any(Cell{2, 1}))
}
