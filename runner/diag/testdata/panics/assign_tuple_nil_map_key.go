// want 12:2 panic: assignment to entry in nil map
package main

import "fmt"

func main() {
	log := []int{10, 20, 30}
	names := []string{"a", "b"}
	var counts map[string]int
	last, i, j := 0, 1, 9
	fmt.Println("counting", names[i])
	counts[names[i]], last = log[j], j
	fmt.Println(last)
}
