// difftest: same
package main

// Go by Example, Sorting and Sorting by Functions: slices.Sort, SortFunc
// with cmp.Compare on several keys, stable sorts, binary search, and the
// older sort package beside them.

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	name string
	age  int
}

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))

	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	people := []Person{
		{name: "Jax", age: 37},
		{name: "TJ", age: 25},
		{name: "Alex", age: 72},
		{name: "Bo", age: 25},
	}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.age, b.age), strings.Compare(a.name, b.name))
	})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Compare(len(a.name), len(b.name))
	})
	fmt.Println(people)
	i, found := slices.BinarySearch(ints, 4)
	fmt.Println(i, found)
	i, found = slices.BinarySearchFunc(people, 4, func(p Person, n int) int { return cmp.Compare(len(p.name), n) })
	fmt.Println(i, found)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println("oldest:", oldest.name, slices.Index(strs, "b"), slices.Contains(ints, 3))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) > len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 6))
	idx := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(idx, slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
