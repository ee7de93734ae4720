// difftest: same
package main

// iter.Pull2 over a map-like sequence: next after the end, stop twice,
// next after stop, and the sequence's deferred clean-up run by stop.

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func pairs(keys []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer fmt.Println("pairs: cleaned up")
		for i, k := range keys {
			if !yield(i, k) {
				fmt.Println("pairs: stopped at", i)
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull2(pairs([]string{"a", "b", "c"}))
	i, k, ok := next()
	fmt.Println(i, k, ok)
	stop()
	stop()
	i, k, ok = next()
	fmt.Printf("%d %q %v\n", i, k, ok)

	next2, stop2 := iter.Pull2(pairs([]string{"x"}))
	for {
		i, k, ok := next2()
		if !ok {
			break
		}
		fmt.Println("got", i, k)
	}
	stop2()

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	n3, s3 := iter.Pull2(maps.All(m))
	defer s3()
	sum := 0
	for {
		_, v, ok := n3()
		if !ok {
			break
		}
		sum += v
	}
	fmt.Println(sum, slices.Sorted(maps.Keys(m)))
}
