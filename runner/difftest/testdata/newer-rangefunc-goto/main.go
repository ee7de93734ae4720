// difftest: same
package main

// goto out of a loop over an iterator (and of one nested in it), to a
// label after the loop or around it; a goto that runs a labelled loop
// over a function again, and one within the body of such a loop.

import (
	"fmt"
	"iter"
	"slices"
)

func pairs(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		defer fmt.Println("pairs done")
		for i := range n {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func search(target int) string {
	for i, sq := range pairs(10) {
		for j := range slices.Values([]int{1, 2, 3}) {
			if sq+j == target {
				fmt.Println("found at", i, j)
				goto found
			}
		}
		if sq > target {
			goto missing
		}
	}
	return "exhausted"
missing:
	return "missing"
found:
	return "found"
}

func main() {
	fmt.Println(search(10))
	fmt.Println(search(12))
	fmt.Println(search(1000))
	tries := 0
retry:
	for v := range slices.Values([]int{1, 2}) {
		fmt.Println("try", tries, v)
	}
	tries++
	if tries < 2 {
		goto retry
	}
	for i, v := range pairs(4) {
		n := 0
	again:
		n++
		if n < v {
			goto again
		}
		fmt.Println(i, v, n)
	}
outer:
	for i := range 3 {
		for v := range slices.Values([]int{5, 6}) {
			if i == 1 {
				goto next
			}
			if i == 2 && v == 6 {
				continue outer
			}
			fmt.Println("i", i, "v", v)
		}
	next:
		fmt.Println("next", i)
	}
}
