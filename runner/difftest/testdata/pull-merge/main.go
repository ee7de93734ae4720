// difftest: same
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// sorted yields the values of xs, which are in order, and says when it
// is stopped or runs out.
func sorted(name string, xs ...int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "done")
		for _, x := range xs {
			if !yield(x) {
				fmt.Println(name, "stopped before the end")
				return
			}
		}
	}
}

// merge yields the values of a and b in order, pulling one value at a
// time from each.
func merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		va, okA := nextA()
		vb, okB := nextB()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = nextA()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nextB()
			}
		}
	}
}

// zip pairs the values of two sequences until the shorter ends.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		for {
			va, ok1 := nextA()
			vb, ok2 := nextB()
			if !ok1 || !ok2 || !yield(va, vb) {
				return
			}
		}
	}
}

func words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(w) {
				return
			}
		}
	}
}

func main() {
	fmt.Println(slices.Collect(merge(sorted("a", 1, 4, 9), sorted("b", 2, 3, 10, 11))))
	for v := range merge(sorted("c", 5, 7), sorted("d", 6)) {
		if v > 5 {
			break
		}
		fmt.Println("first", v)
	}
	for n, w := range zip(sorted("e", 1, 2, 3), words("one two")) {
		fmt.Println(n, w)
	}

	// Pulling by hand: a tokenizer that looks one word ahead.
	next, stop := iter.Pull(words("GET /index.html HTTP/1.1"))
	defer stop()
	method, _ := next()
	path, _ := next()
	proto, ok := next()
	fmt.Printf("%s %q %s %v\n", method, path, proto, ok)
	extra, ok := next()
	fmt.Printf("%q %v\n", extra, ok)
	stop()
	stop()
	fmt.Println(next())
}
