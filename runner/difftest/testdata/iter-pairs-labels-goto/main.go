// difftest: same

// Range over a generic iterator of adjacent pairs with return, continue,
// labelled continue and break, goto out of the loop, and closures that
// capture each iteration's variable.
package main

import (
	"fmt"
	"iter"
)

func Pairs[T any](xs []T) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		for i := 0; i+1 < len(xs); i++ {
			if !yield(xs[i], xs[i+1]) {
				return
			}
		}
	}
}

func countUntil(xs []int, stop int) (n int, found bool) {
	for a, b := range Pairs(xs) {
		switch {
		case a == stop:
			return n, true
		case b < a:
			continue
		}
		n++
	}
	return n, false
}

func nested() []string {
	var out []string
outer:
	for a, b := range Pairs([]string{"a", "b", "c", "d"}) {
		for x, y := range Pairs([]int{1, 2, 3}) {
			if y == 3 && a == "b" {
				continue outer
			}
			if a == "c" {
				break outer
			}
			out = append(out, fmt.Sprint(a, b, x, y))
		}
	}
	return out
}

func main() {
	fmt.Println(countUntil([]int{1, 3, 2, 5, 4, 9, 7}, 9))
	fmt.Println(countUntil([]int{5, 4, 3}, 100))
	fmt.Println(nested())
	sum := 0
	for a, b := range Pairs([]int{1, 2, 3, 4}) {
		sum += a * b
		if sum > 100 {
			goto done
		}
	}
	fmt.Println("sum", sum)
done:
	fmt.Println("end")
	var fs []func() int
	for a := range Pairs([]int{10, 20, 30}) {
		fs = append(fs, func() int { return a })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
