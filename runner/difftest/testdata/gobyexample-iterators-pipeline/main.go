// difftest: same
// Go by Example, Range over Iterators, taken further: iterators that stop
// early, map, filter and take built of one another, a two-valued zip, a
// method returning an iter.Seq2, return and labelled loops inside them,
// and a panic out of a loop body.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
		fmt.Println("  (exhausted)")
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Zip[A, B any](as []A, bs []B) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for i := range min(len(as), len(bs)) {
			if !yield(as[i], bs[i]) {
				return
			}
		}
	}
}

type Grid struct{ w, h int }

func (g Grid) Cells() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for y := range g.h {
			for x := range g.w {
				if !yield(x, y) {
					return
				}
			}
		}
	}
}

func find(g Grid) (int, int) {
	for x, y := range g.Cells() {
		if x+y == 3 {
			return x, y
		}
	}
	return -1, -1
}

func main() {
	for v := range Count(3) {
		fmt.Println(v)
	}
	for v := range Count(10) {
		if v == 2 {
			break
		}
		fmt.Println(v)
	}
	sq := Map(Filter(Count(10), func(n int) bool { return n%3 == 0 }), func(n int) string { return strings.Repeat("#", n) })
	fmt.Println(slices.Collect(Take(sq, 3)))
	for a, b := range Zip([]string{"a", "b", "c"}, []int{1, 2}) {
		fmt.Println(a, b)
	}
	fmt.Println(find(Grid{3, 3}))
	m := maps.Collect(Zip([]string{"k1", "k2"}, []int{10, 20}))
	fmt.Println(m)
	total := 0
	for _, v := range maps.All(m) {
		total += v
	}
	fmt.Println(total)
	for i, s := range slices.All([]string{"x", "y"}) {
		fmt.Println("all", i, s)
	}
outer:
	for x, y := range (Grid{4, 4}).Cells() {
		for v := range Count(5) {
			if v > x {
				continue outer
			}
			if y == 2 {
				break outer
			}
		}
	}
	fmt.Println(slices.Sorted(maps.Keys(map[int]bool{3: true, 1: true, 2: false})))
	s := slices.AppendSeq([]int{0}, Count(2))
	fmt.Println(s)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for v := range Count(5) {
			if v == 1 {
				panic("boom in loop body")
			}
		}
	}()
}
