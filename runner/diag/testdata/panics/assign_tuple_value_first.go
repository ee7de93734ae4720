// want 10:22 panic: index out of range \[9\] with length 3
package main

import "fmt"

func main() {
	log := []int{10, 20, 30}
	slot := make([]int, 2)
	at, from := 4, 9
	slot[at], slot[0] = log[from], 0
	fmt.Println(slot)
}
