// difftest: same
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Roster is a list of names with their seats.
type Roster struct{ names []string }

// All yields each seat and the name in it.
func (r *Roster) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, n := range r.names {
			if !yield(i, n) {
				return
			}
		}
	}
}

// Filter yields the values of seq that keep accepts.
func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Upper yields the names upper-cased.
func Upper(names []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, n := range names {
			if !yield(strings.ToUpper(n)) {
				return
			}
		}
	}
}

func main() {
	r := &Roster{names: []string{"ada", "bob", "cy"}}
	for i, n := range r.All() {
		fmt.Println(i, n)
	}
	long := Filter(Upper(r.names), func(s string) bool { return len(s) > 2 })
	for n := range long {
		fmt.Println("long:", n)
	}
	fmt.Println(slices.Collect(long))
	var seqs []iter.Seq[string]
	seqs = append(seqs, Upper([]string{"x"}))
	for _, s := range seqs {
		for v := range s {
			fmt.Println(v)
			break
		}
	}
}
