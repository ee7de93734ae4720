// difftest: same
package main

// Go by Example, Range over Built-in Types, Arrays, Slices and Maps:
// sums with range, indexes, keys and values of a map in sorted order, a
// string's runes with their byte offsets, and a 2D array.

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	nums := []int{2, 3, 4}
	sum := 0
	for _, num := range nums {
		sum += num
	}
	fmt.Println("sum:", sum)
	for i, num := range nums {
		if num == 3 {
			fmt.Println("index:", i)
		}
	}

	kvs := map[string]string{"a": "apple", "b": "banana"}
	for _, k := range slices.Sorted(maps.Keys(kvs)) {
		fmt.Printf("%s -> %s\n", k, kvs[k])
	}
	fmt.Println("map:", kvs)

	for i, c := range "go" {
		fmt.Println(i, c)
	}
	for i, c := range "héllo, 世界" {
		fmt.Printf("%d:%c ", i, c)
	}
	fmt.Println()

	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))
	b := [...]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	b = [...]int{100, 3: 400, 500}
	fmt.Println("idx:", b)

	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoD)

	s := make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s), s == nil)
	s[0], s[1], s[2] = "a", "b", "c"
	s = append(s, "d")
	s = append(s, "e", "f")
	c := make([]string, len(s))
	copy(c, s)
	fmt.Println("cpy:", c, "sl1:", s[2:5], "sl2:", s[:5], "sl3:", s[2:])
	t2 := []string{"g", "h", "i"}
	if slices.Equal(t2, []string{"g", "h", "i"}) {
		fmt.Println("t2 == t3")
	}
	twoDs := make([][]int, 3)
	for i := 0; i < 3; i++ {
		twoDs[i] = make([]int, i+1)
		for j := 0; j < i+1; j++ {
			twoDs[i][j] = i + j
		}
	}
	fmt.Println("2d: ", twoDs)
}
