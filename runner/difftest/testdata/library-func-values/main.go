// difftest: same
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Port uint16

func (p Port) String() string { return fmt.Sprint(":", uint16(p)) }

func apply(f func([]int), s []int) []int { f(s); return s }

func pick() func(Port, Port) int { return cmp.Compare[Port] }

var sorter = slices.Sort[[]string]

// Generic and newer functions of Go's library used as values, not called:
// assigned, handed on, kept in a map and a package variable, returned,
// and in a generic function of the program.
func main() {
	sortInts := slices.Sort[[]int]
	s := []int{3, 1, 2}
	sortInts(s)
	fmt.Println(s, apply(slices.Reverse[[]int], []int{1, 2, 3}))
	var contains func([]Port, Port) bool = slices.Contains
	fmt.Println(contains([]Port{80, 443}, 443))
	ops := map[string]func([]int) int{"max": slices.Max[[]int], "min": slices.Min[[]int]}
	fmt.Println(ops["max"](s), ops["min"](s))
	ps := []Port{443, 80}
	slices.SortFunc(ps, pick())
	fmt.Println(ps, (slices.Index[[]Port])(ps, 443))
	words := []string{"b", "a"}
	sorter(words)
	fmt.Println(words)
	split := strings.SplitSeq
	for w := range split("x,y", ",") {
		fmt.Print(w, " ")
	}
	fmt.Println()
	keys := maps.Keys[map[string]int]
	fmt.Println(slices.Sorted(keys(map[string]int{"k": 1, "j": 2})))
	fmt.Println(generic([]float64{2, 1}))
}

func generic[T cmp.Ordered](s []T) []T {
	f := slices.Sort[[]T]
	f(s)
	return s
}
