// want 11:26 panic: index out of range \[6\] with length 3
package main

import "fmt"

func main() {
	samples := []int{12, 30, 7}
	slots := make([]int, 3)
	at, k := 4, 6
	fmt.Println("storing at", at+1)
	at, slots[at+1] = at+1, samples[k]
	fmt.Println(at, slots)
}
