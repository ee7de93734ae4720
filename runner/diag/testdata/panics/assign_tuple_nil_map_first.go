// want 12:2 panic: assignment to entry in nil map
package main

import "fmt"

func main() {
	log := []int{10, 20, 30}
	var counts map[string]int
	last, i := 0, 9
	key := "b"
	fmt.Println("counting", key)
	counts[key], last = log[i], i
	fmt.Println(last)
}
