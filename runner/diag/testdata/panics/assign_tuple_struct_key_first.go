// want 14:18 panic: index out of range \[5\] with length 1
package main

import "fmt"

type point struct{ x, y int }

func main() {
	visits := map[point]int{}
	path := []point{{1, 2}}
	hops := make([]int, 2)
	k, j := 5, 9
	fmt.Println("visiting", k)
	hops[j], visits[path[k]] = 0, 1
	fmt.Println(hops, visits)
}
