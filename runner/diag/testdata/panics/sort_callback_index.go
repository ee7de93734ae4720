// want 13:10 panic: index out of range \[5\] with length 3
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{3, 1, 2}
	sort.Slice(a, func(i, j int) bool {
		k := len(a) + 2
		return a[k] < a[j]
	})
	fmt.Println(a)
}
