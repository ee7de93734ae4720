// want 19:3 panic: index out of range \[2\] with length 2
package main

import (
	"fmt"
	"iter"
)

func main() {
	row := []string{"x", "y"}
	cells := func(yield func(int, string) bool) {
		for i := 0; i < 3; i++ {
			yield(i, row[i])
		}
	}
	next, stop := iter.Pull2(cells)
	defer stop()
	for {
		i, cell, ok := next()
		if !ok {
			break
		}
		fmt.Println(i, cell)
	}
}
