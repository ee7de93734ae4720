// want 12:13 panic: index out of range \[3\] with length 3
package main

import "fmt"

func main() {
	names := []string{"ann", "bob", "cy"}
	last := make([]int, len(names))
	ballots := []int{0, 2, 1, 4}
	weights := []int{1, 3, 2}
	for i, b := range ballots {
		last[b] = weights[i]
		fmt.Println(names[b], last[b])
	}
}
