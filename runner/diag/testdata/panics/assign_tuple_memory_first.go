// want 11:29 panic: index out of range \[7\] with length 3
package main

import "fmt"

func main() {
	log := []int{10, 20, 30}
	slot := make([]int, 2)
	a, b := 5, 7
	fmt.Println("copying", a, b)
	slot[0], slot[1] = log[a], log[b]
}
