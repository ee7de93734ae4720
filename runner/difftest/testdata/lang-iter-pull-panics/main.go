// difftest: same
package main

// Iterators with cleanup: an iterator's defer running when the loop
// breaks, a panic in the loop body passing through the iterator and its
// defer to a recover outside, iter.Pull over a generator with stop,
// iter.Pull2 over maps.All sorted by hand, and a range over an int
// expression evaluated once.

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func numbers(log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *log = append(*log, "cleanup") }()
		for i := 1; ; i++ {
			if !yield(i) {
				*log = append(*log, "stopped")
				return
			}
		}
	}
}

func sum(log *[]string, limit int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for n := range numbers(log) {
		if n > limit {
			panic(fmt.Sprint("too far at ", n))
		}
		total += n
		if total > 20 {
			break
		}
	}
	return total, nil
}

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func main() {
	var log []string
	fmt.Println(sum(&log, 100))
	fmt.Println(log)
	log = nil
	fmt.Println(sum(&log, 3))
	fmt.Println(log)
	next, stop := iter.Pull(fib())
	for range 6 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	next2, stop2 := iter.Pull2(maps.All(m))
	var got []string
	for {
		k, v, ok := next2()
		if !ok {
			break
		}
		got = append(got, fmt.Sprint(k, v))
	}
	stop2()
	slices.Sort(got)
	fmt.Println(got)
	calls := 0
	limit := func() int { calls++; return 3 }
	for i := range limit() {
		fmt.Print(i)
	}
	fmt.Println(" calls", calls)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
