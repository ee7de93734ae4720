// difftest: same
package main

// The maps package's examples: All, Clone, Collect, Copy, DeleteFunc,
// Equal, EqualFunc, Insert, Keys and Values sorted, as the package's
// documentation uses them.

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	m1 := map[string]int{"one": 1, "two": 2}
	m2 := map[string]int{"one": 10}
	maps.Copy(m2, m1)
	fmt.Println("m2 is:", m2)
	m2["one"] = 100
	fmt.Println("m1 is:", m1)
	fmt.Println("m2 is:", m2)

	m3 := map[string][]int{"one": {1, 2, 3}, "two": {4, 5, 6}}
	m4 := maps.Clone(m3)
	m4["one"][0] = 100
	fmt.Println(m3["one"][0], len(m4))

	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	maps.DeleteFunc(m, func(k string, v int) bool { return v%2 != 0 })
	fmt.Println(m)

	a := map[int]string{1: "one", 10: "Ten", 1000: "THOUSAND"}
	b := map[int][]byte{1: []byte("One"), 10: []byte("Ten"), 1000: []byte("Thousand")}
	eq := maps.EqualFunc(a, b, func(v1 string, v2 []byte) bool {
		return strings.ToLower(v1) == strings.ToLower(string(v2))
	})
	fmt.Println(eq, maps.Equal(m1, map[string]int{"two": 2, "one": 1}))

	keys := slices.Sorted(maps.Keys(m3))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(map[string]int{"a": 3, "b": 1, "c": 2}))
	fmt.Println(vals)

	squares := map[int]int{}
	maps.Insert(squares, func(yield func(int, int) bool) {
		for i := 1; i <= 4; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	})
	fmt.Println(squares)
	collected := maps.Collect(maps.All(map[string]bool{"x": true}))
	fmt.Println(collected, len(collected))
	for _, k := range slices.Sorted(maps.Keys(squares)) {
		fmt.Print(k, "=", squares[k], " ")
	}
	fmt.Println()
}
