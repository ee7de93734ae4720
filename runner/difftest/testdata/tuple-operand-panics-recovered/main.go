// difftest: same
package main

// A small routing table kept as a map from a port to the link it goes
// out on, and a grid of link loads whose cells are swapped. Each update
// assigns two values at once; a bad entry makes two parts of the
// statement fail together, and the recovered error names the part that
// gc meets first: a map's key before the value, a nil map before the
// value, and in a swap of two cells the second cell's row and the first
// cell, which gc reads before it writes the first cell.

import "fmt"

func route(table map[int]int, ports []int, links []int, p, l int) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("route failed:", r)
		}
	}()
	table[ports[p]], n = links[l], 1
	return n
}

func swap(load [][]int, r1, c1, r2, c2 int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("swap failed:", r)
		}
	}()
	load[r1][c1], load[r2][c2] = load[r2][c2], load[r1][c1]
}

func main() {
	ports := []int{80, 443}
	links := []int{1, 2, 3}
	table := map[int]int{}
	fmt.Println(route(table, ports, links, 1, 2), table)
	fmt.Println(route(table, ports, links, 4, 7), table)
	fmt.Println(route(nil, ports, links, 0, 9))
	fmt.Println(route(nil, ports, links, 0, 1))

	load := [][]int{{1, 2, 3}, {4, 5}}
	swap(load, 0, 2, 1, 0)
	fmt.Println(load)
	swap(load, 0, 5, 1, 9)
	swap(load, 3, 0, 1, 1)
	fmt.Println(load)
}
