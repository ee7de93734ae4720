// difftest: same

// Iterators whose deferred calls run when the consumer breaks, and one
// that recovers a panic of the loop body to print it and panics again.
package main

import (
	"bufio"
	"fmt"
	"iter"
	"strings"
)

func Lines(r *bufio.Scanner) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer fmt.Println("scanner closed")
		n := 0
		for r.Scan() {
			n++
			if !yield(n, r.Text()) {
				fmt.Println("consumer stopped at", n)
				return
			}
		}
	}
}

func Guarded(seq iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("iterator saw panic:", r)
				panic(r)
			}
		}()
		for v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}

func ints(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha\nbeta\n# stop\ngamma\n"))
	for n, line := range Lines(sc) {
		if strings.HasPrefix(line, "#") {
			break
		}
		fmt.Println(n, line)
	}
	fmt.Println("after loop")
	func() {
		defer func() { fmt.Println("main recovered:", recover()) }()
		for v := range Guarded(ints(5)) {
			if v == 2 {
				panic(fmt.Sprint("body panic ", v))
			}
			fmt.Println("v", v)
		}
	}()
	total := 0
	for v := range Guarded(ints(4)) {
		total += v
	}
	fmt.Println("total", total)
}
