// difftest: same
package main

import "fmt"

// Fill sets out[i] to fn(i) for each i below n; Go calls fn(i) before it
// finds out[i], so the last call prints before the index panics.
func Fill[T any](out []T, n int, fn func(int) T) {
	for i := 0; i < n; i++ {
		out[i] = fn(i)
	}
}

type point struct{ x, y int }

func main() {
	type pair struct{ a, b string }
	pairs := make([]pair, 1)
	mk := func(s string) pair { fmt.Println("mk", s); return pair{s, s} }
	pairs[0] = mk("one")
	fmt.Println(pairs)
	words := make([]string, 2)
	Fill(words, 2, func(i int) string { return fmt.Sprint("w", i) })
	fmt.Println(words)
	pts := make([]point, 2)
	Fill(pts, 3, func(i int) point { fmt.Println("point", i); return point{i, i} })
}
