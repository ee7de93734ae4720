// difftest: same
package main

// The slices package's examples: BinarySearch and BinarySearchFunc,
// Compact and CompactFunc, Compare, Contains and ContainsFunc, Delete,
// DeleteFunc, Equal, Index and IndexFunc, Insert, IsSorted, Max and Min,
// Replace, Reverse, Sort, SortFunc, SortStableFunc, Chunk and Repeat.

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	n, found := slices.BinarySearch(names, "Vera")
	fmt.Println("Vera:", n, found)
	n, found = slices.BinarySearch(names, "Bill")
	fmt.Println("Bill:", n, found)

	people := []Person{{"Alice", 55}, {"Bob", 24}, {"Gopher", 13}}
	n, found = slices.BinarySearchFunc(people, Person{"Bob", 0}, func(a, b Person) int {
		return strings.Compare(a.Name, b.Name)
	})
	fmt.Println("Bob:", n, found)

	seq := []int{0, 1, 1, 2, 3, 5, 8}
	seq = slices.Compact(seq)
	fmt.Println(seq)
	words := []string{"bob", "Bob", "alice", "Vera", "VERA"}
	words = slices.CompactFunc(words, strings.EqualFold)
	fmt.Println(words)

	fmt.Println(slices.Compare([]string{"Alice", "Bob"}, []string{"Alice", "Bill"}))
	fmt.Println(slices.Contains(names, "Bob"), slices.ContainsFunc([]int{0, 42, -10}, func(n int) bool { return n < 0 }))
	letters := []string{"a", "b", "c", "d", "e"}
	letters = slices.Delete(letters, 1, 4)
	fmt.Println(letters)
	seq2 := []int{0, 1, 1, 2, 3, 5, 8}
	seq2 = slices.DeleteFunc(seq2, func(n int) bool { return n%2 != 0 })
	fmt.Println(seq2)
	fmt.Println(slices.Equal([]int{0, 42, 8}, []int{0, 42, 8}), slices.Index([]int{0, 42, 8}, 8), slices.IndexFunc([]int{0, 42, -10, 8}, func(n int) bool { return n < 0 }))
	names = slices.Insert(names, 1, "Bill", "Billie")
	names = slices.Insert(names, len(names), "Zac")
	fmt.Println(names, slices.IsSorted(names))
	fmt.Println(slices.Max([]int{0, 42, -10, 8}), slices.Min([]int{0, 42, -10, 8}))
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(oldest.Name)
	names = slices.Replace(names, 1, 3, "Bill", "Billie", "Cat")
	fmt.Println(names)
	slices.Reverse(names)
	fmt.Println(names)
	smallInts := []int8{0, 42, -10, 8}
	slices.Sort(smallInts)
	fmt.Println(smallInts)
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Age, b.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int { return strings.Compare(a.Name[:1], b.Name[:1]) })
	fmt.Println(people)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	fmt.Println(slices.Repeat([]int{0, 1}, 3), slices.Clip(make([]int, 2, 10)), cap(slices.Grow([]int{1}, 10)) >= 11)
}
