// difftest: same

package main

// container/ring's Do and Unlink, sort.Stable and sort.Reverse of a
// sort.Interface of the program's own, Search, SearchInts and Float64s.

import (
	"container/ring"
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	r := ring.New(4)
	for i := range r.Len() {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	r.Unlink(2)
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println(r.Len())
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Stable(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)
	xs := []int{1, 3, 5, 7, 9}
	i := sort.SearchInts(xs, 6)
	j := sort.Search(len(xs), func(k int) bool { return xs[k] >= 9 })
	fmt.Println(i, j)
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
}
