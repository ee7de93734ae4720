// want 10:9 panic: index out of range \[3\] with length 3
package main

import "fmt"

func sum(a []int, i int) int {
	if i > len(a) {
		return 0
	}
	return a[i] + sum(a, i+1)
}

func main() { fmt.Println(sum([]int{1, 2, 3}, 0)) }
