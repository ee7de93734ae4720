// want 12:26 panic: index out of range \[9\] with length 3
package main

import "fmt"

func main() {
	log := []int{10, 20, 30}
	slot := make([]int, 2)
	order := []int{1, 0}
	n, from := 5, 9
	count := 0
	slot[order[n]], count = log[from], 1
	fmt.Println(slot, count)
}
