// difftest: same
package main

// The iterator functions of Go 1.23 and 1.24's library: maps.Keys and
// maps.All sorted and collected, slices.All, Backward, Chunk, Values,
// strings.SplitSeq, FieldsSeq and Lines, and a Seq2 of the program's own.

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i+1, x) {
				return
			}
		}
	}
}

func main() {
	ages := map[string]int{"carol": 35, "ann": 30, "bob": 25}
	for _, k := range slices.Sorted(maps.Keys(ages)) {
		fmt.Print(k, "=", ages[k], " ")
	}
	fmt.Println()
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals, slices.Max(vals))
	copyOf := maps.Collect(maps.All(ages))
	fmt.Println(maps.Equal(copyOf, ages), len(copyOf))

	xs := []string{"a", "b", "c", "d", "e"}
	for i, x := range slices.All(xs) {
		fmt.Print(i, x, " ")
	}
	fmt.Println()
	for i, x := range slices.Backward(xs) {
		fmt.Print(i, x, " ")
	}
	fmt.Println()
	for c := range slices.Chunk(xs, 2) {
		fmt.Print(c, len(c), " ")
	}
	fmt.Println()
	upper := slices.Collect(func(yield func(string) bool) {
		for x := range slices.Values(xs) {
			if !yield(strings.ToUpper(x)) {
				return
			}
		}
	})
	fmt.Println(upper)

	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  one two\tthree  ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
	for line := range strings.Lines("first\nsecond\nno newline") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for n, s := range enumerate([]string{"x", "y", "z"}) {
		if n == 3 {
			break
		}
		fmt.Println(n, s)
	}
	byLen := slices.SortedFunc(maps.Keys(ages), func(a, b string) int { return cmp.Or(len(a)-len(b), strings.Compare(a, b)) })
	fmt.Println(byLen[0], slices.Index(byLen, "carol"))
}
