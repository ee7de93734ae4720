// difftest: same
package main

import (
	"fmt"
	"iter"
)

// countdown yields n, n-1, ..., 1.
func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i := range countdown(3) {
		fmt.Println(i)
	}
}
