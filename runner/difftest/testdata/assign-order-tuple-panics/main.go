// difftest: same
package main

// Readings copied from a log into a slot of two, swapped in place, and
// counted by name, until a pair of positions that are both wrong. An
// assignment of several values that calls nothing is carried out in gc's
// order: a value read from memory after an element was assigned is read
// before the others (slot[0], slot[1] = log[a], log[b] reads log[b]
// first), a map's element is found before its value, and each element is
// found after its own value. The program ends with exit status 2, and
// Go's report names log[b]'s index, 7 (runner/diag's corpus checks the
// text socklab prints, assign_tuple_memory_first.go).

import "fmt"

func main() {
	log := []int{10, 20, 30}
	slot := make([]int, 2)
	counts := map[string]int{}
	var last int
	pairs := [][2]int{{2, 0}, {1, 2}, {5, 7}}
	for n, p := range pairs {
		a, b := p[0], p[1]
		slot[0], slot[1] = log[a], log[b]
		fmt.Println("slot", slot)
		key := fmt.Sprint(a)
		counts[key], last = log[b], n
		log[a], log[b] = log[b], log[a]
		fmt.Println("swapped", log, "counts", counts, "last", last)
	}
}
