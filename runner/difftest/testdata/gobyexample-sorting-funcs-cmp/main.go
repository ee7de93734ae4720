// difftest: same
// Go by Example, Sorting by Functions, taken further: slices.SortFunc and
// SortStableFunc with cmp.Or, sort.Slice and SliceStable, binary search
// by a function, and the slices helpers that take functions.
package main

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
		return cmp.Compare(a.age, b.age)
	})
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.age, b.age), strings.Compare(a.name, b.name))
	})
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name < people[j].name })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool {
		return people[i].age > people[j].age || (people[i].age == people[j].age && people[i].name < people[j].name)
	})
	fmt.Println(people)
	i, ok := slices.BinarySearchFunc([]Person{{"a", 1}, {"b", 5}, {"c", 9}}, 5, func(p Person, t int) int { return cmp.Compare(p.age, t) })
	fmt.Println(i, ok)
	oldest := slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(oldest)
	idx := slices.IndexFunc(people, func(p Person) bool { return p.name == "TJ" })
	fmt.Println(idx, slices.ContainsFunc(people, func(p Person) bool { return p.age > 70 }))
	words := strings.Fields("the Quick brown fox Jumps")
	slices.SortFunc(words, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words)
	fmt.Println(cmp.Less(1.5, 2.0), cmp.Compare("b", "a"), min(3, 1, 2), max("a", "c", "b"))
	dedup := slices.CompactFunc([]string{"a", "A", "b", "B", "b"}, strings.EqualFold)
	fmt.Println(dedup)
	del := slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%2 == 0 })
	fmt.Println(del, slices.Insert([]int{1, 4}, 1, 2, 3), slices.Repeat([]int{0, 1}, 2))
}
