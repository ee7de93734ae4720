// want 11:2 panic: slices.Min: empty list
package main

import (
	"fmt"
	"slices"
)

func main() {
	var scores []int
	fmt.Println(slices.Min(scores))
}
