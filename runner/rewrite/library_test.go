package rewrite_test

func init() {
	programs = append(programs,
		program{"library_slices_maps", `package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type player struct {
	name  string
	score int
}

func main() {
	s := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.Min(s), slices.Max(s))
	i, found := slices.BinarySearch(s, 8)
	fmt.Println(i, found)
	ps := []player{{"ann", 3}, {"bob", 1}, {"cy", 3}, {"di", 2}}
	slices.SortStableFunc(ps, func(a, b player) int { return cmp.Compare(b.score, a.score) })
	fmt.Println(ps)
	best := slices.MaxFunc(ps, func(a, b player) int { return cmp.Compare(a.score, b.score) })
	fmt.Println(best.name)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Contains(keys, "b"))
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(len(inv), inv[2])
	words := strings.Fields("the quick brown fox")
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words[0], words[len(words)-1])
}
`},
		program{"library_iterators", `package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	n := 0
	for f := range strings.FieldsSeq("  x  y z ") {
		n++
		if f == "y" {
			break
		}
	}
	fmt.Println(n)
	_, err := os.Open("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path)
	}
}
`},
	)
}
