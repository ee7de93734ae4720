// difftest: same

// Methods returning iter.Seq and iter.Seq2 over a sorted map, generic
// Filter and Map adapters, and slices and maps functions that collect,
// sort and insert from iterators.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Inventory struct {
	items map[string]int
}

func (inv *Inventory) Sorted() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			if !yield(k, inv.items[k]) {
				return
			}
		}
	}
}

func (inv *Inventory) Low(limit int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for k, n := range inv.Sorted() {
			if n < limit && !yield(k) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func MapSeq[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	inv := &Inventory{map[string]int{"apple": 3, "pear": 10, "fig": 1, "kiwi": 0}}
	for k, n := range inv.Sorted() {
		fmt.Printf("%-6s %2d\n", k, n)
	}
	fmt.Println(slices.Collect(inv.Low(5)))
	upper := MapSeq(inv.Low(5), strings.ToUpper)
	fmt.Println(slices.Collect(upper))
	long := Filter(maps.Keys(inv.items), func(s string) bool { return len(s) > 3 })
	got := slices.Collect(long)
	sort.Strings(got)
	fmt.Println(got)
	lens := slices.Sorted(MapSeq(maps.Values(inv.items), func(n int) int { return n * 2 }))
	fmt.Println(lens)
	copied := maps.Collect(inv.Sorted())
	fmt.Println(len(copied), copied["pear"])
	m := map[int]string{}
	maps.Insert(m, slices.All([]string{"z", "y"}))
	fmt.Println(m)
	s := slices.AppendSeq([]string{"start"}, inv.Low(2))
	fmt.Println(s)
	idx := slices.SortedFunc(maps.Keys(inv.items), func(a, b string) int { return len(a) - len(b) })
	fmt.Println(idx[0], len(idx))
}
