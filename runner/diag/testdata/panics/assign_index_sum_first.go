// want 12:7 panic: index out of range \[4\] with length 2
package main

import "fmt"

func main() {
	samples := []int{12, 30, 7}
	table := []int{0, 2}
	hist := make([]int, 4)
	t, k := 4, 5
	fmt.Println("offset", t)
	hist[table[t]+1] = samples[k]
	fmt.Println(hist)
}
