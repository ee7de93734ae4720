// difftest: same
package main

// The Go Programming Language, 4.1-4.3: arrays as values, slices sharing
// an array, the book's reverse, rotate, appendInt, nonempty and remove,
// and maps of slices and of structs.

import (
	"crypto/sha256"
	"fmt"
	"sort"
)

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func appendInt(x []int, y int) []int {
	var z []int
	zlen := len(x) + 1
	if zlen <= cap(x) {
		z = x[:zlen]
	} else {
		zcap := zlen
		if zcap < 2*len(x) {
			zcap = 2 * len(x)
		}
		z = make([]int, zlen, zcap)
		copy(z, x)
	}
	z[len(x)] = y
	return z
}

func nonempty(strings []string) []string {
	out := strings[:0]
	for _, s := range strings {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func remove(slice []int, i int) []int {
	copy(slice[i:], slice[i+1:])
	return slice[:len(slice)-1]
}

func main() {
	var a [3]int
	b := [...]string{2: "c", 0: "a"}
	fmt.Println(a, len(b), b, b == [3]string{"a", "", "c"})
	c1 := sha256.Sum256([]byte("x"))
	c2 := sha256.Sum256([]byte("X"))
	fmt.Printf("%x\n%t %T\n", c1[:4], c1 == c2, c1)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2)

	s := []int{0, 1, 2, 3, 4, 5}
	reverse(s[:2])
	reverse(s[2:])
	reverse(s)
	fmt.Println(s)
	var x []int
	for i := 0; i < 10; i++ {
		x = appendInt(x, i)
		fmt.Printf("%d cap=%d\t%v\n", i, cap(x), x)
	}
	data := []string{"one", "", "three"}
	fmt.Printf("%q %q\n", nonempty(data), data)
	fmt.Println(remove([]int{5, 6, 7, 8, 9}, 2))

	graph := make(map[string]map[string]bool)
	addEdge := func(from, to string) {
		if graph[from] == nil {
			graph[from] = make(map[string]bool)
		}
		graph[from][to] = true
	}
	addEdge("a", "b")
	addEdge("a", "c")
	fmt.Println(graph["a"]["b"], graph["b"]["a"], len(graph))
	type point struct{ X, Y int }
	hits := map[point]int{{1, 2}: 1}
	hits[point{1, 2}]++
	keys := make([]string, 0)
	for k := range map[string]int{"z": 1, "y": 2} {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(hits, keys)
}
