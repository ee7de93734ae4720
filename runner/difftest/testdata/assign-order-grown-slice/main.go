// difftest: same
package main

import "fmt"

var buf = make([]int, 1, 1)

// grow appends to buf, which moves it to a new array.
func grow() int {
	buf = append(buf, 5)
	return 9
}

var table []int

// load makes table, which main indexes in the same assignment.
func load() int {
	table = make([]int, 3)
	return 4
}

func main() {
	buf[0] = grow()
	fmt.Println(buf)
	table[2] = load()
	fmt.Println(table)
	counts := map[string]int{"a": 1}
	reset := func() int { counts = map[string]int{"a": 10}; return 7 }
	counts["a"] += reset()
	fmt.Println(counts)
}
