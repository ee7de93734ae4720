// difftest: same
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

// entry is a row of a scoreboard: many share a score, and Go's sort is
// not stable beyond 12 elements, so the order of ties is pdqsort's.
type entry struct {
	name  string
	score int
}

func main() {
	var board []entry
	for i := range 40 {
		board = append(board, entry{fmt.Sprintf("p%02d", i), (i * 7) % 5})
	}
	byScore := func(a, b entry) int { return cmp.Compare(a.score, b.score) }
	calls := 0
	slices.SortFunc(board, func(a, b entry) int { calls++; return byScore(a, b) })
	fmt.Println(board)
	fmt.Println("comparisons:", calls)

	stable := slices.Clone(board)
	slices.Reverse(stable)
	slices.SortStableFunc(stable, byScore)
	fmt.Println(stable)
	fmt.Println(slices.IsSortedFunc(board, byScore), slices.IsSorted([]int{1, 2, 2, 1}))

	// Words compared by length only: ties among words of one length.
	words := strings.Fields("the quick brown fox jumps over the lazy dog and then some more words arrive here to sort by their length alone")
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)

	// NaN sorts first, -0 and +0 are equal: their order is the sort's.
	nan, negz := math.NaN(), math.Copysign(0, -1)
	fs := []float64{3, nan, 0, negz, 1, nan, negz, 0, 2, -1, 0, negz, nan, 5, 4, 0, negz, 7, 6}
	slices.Sort(fs)
	fmt.Println(fs)
	fmt.Println(slices.Min([]float64{0, negz, 1}), slices.Max([]float64{negz, 0, -1}), slices.Min([]float64{1, nan, 0}))
	i, found := slices.BinarySearch(fs, nan)
	fmt.Println(i, found)

	// A comparison that prints shows the order of the calls.
	small := []entry{{"a", 2}, {"b", 1}, {"c", 2}}
	slices.SortFunc(small, func(a, b entry) int {
		fmt.Print(a.name, b.name, " ")
		return byScore(a, b)
	})
	fmt.Println(small)

	m := map[string]int{}
	for i := range 30 {
		m[fmt.Sprint("k", i)] = i % 4
	}
	keys := slices.SortedFunc(maps.Keys(m), func(a, b string) int { return cmp.Compare(m[a], m[b]) })
	// Ties come in the map's order, which no two runs share: show the
	// groups only.
	fmt.Println(len(keys), slices.IsSortedFunc(keys, func(a, b string) int { return cmp.Compare(m[a], m[b]) }))
}
