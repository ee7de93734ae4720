// difftest: same

// Sorting students: sort.Stable on a sort.Interface, slices.SortStableFunc,
// BinarySearchFunc, sort.Reverse, Max, MaxFunc, Compact.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
}

type byGrade []Student

func (b byGrade) Len() int           { return len(b) }
func (b byGrade) Less(i, j int) bool { return b[i].Grade > b[j].Grade }
func (b byGrade) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ss := []Student{{"ann", 90}, {"bob", 75}, {"cid", 90}, {"dee", 60}}
	sort.Stable(byGrade(ss))
	fmt.Println(ss)
	slices.SortStableFunc(ss, func(a, b Student) int { return cmp.Compare(a.Name, b.Name) })
	fmt.Println(ss)
	i, found := slices.BinarySearchFunc(ss, "cid", func(s Student, n string) int { return strings.Compare(s.Name, n) })
	fmt.Println(i, found)
	xs := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IsSorted(sort.IntSlice(xs)), sort.SearchInts([]int{1, 3, 5}, 4))
	fmt.Println(slices.Max(xs), slices.Min(xs), slices.Index(xs, 8), slices.Contains(xs, 3))
	m := slices.MaxFunc(ss, func(a, b Student) int { return cmp.Compare(a.Grade, b.Grade) })
	fmt.Printf("%+v\n", m)
	words := strings.Fields("banana Apple cherry apple")
	sort.Strings(words)
	fmt.Println(words)
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(words, slices.Compact(words))
}
