// difftest: same
package main

// Range over functions with early exits: break and continue to a label
// of an outer range-over-func loop, return from inside the body with the
// iterator's defers run, goto back over a loop left by break, and a
// yield function that records when it is told to stop.

import (
	"fmt"
	"iter"
)

var trace []string

func count(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { trace = append(trace, name+" done") }()
		for i := range n {
			if !yield(i) {
				trace = append(trace, fmt.Sprint(name, " stopped at ", i))
				return
			}
		}
	}
}

func find(target int) (found string) {
	defer func() { trace = append(trace, "find returns "+found) }()
	for i := range count("outer", 4) {
		for j := range count("inner", 4) {
			if i*j == target {
				trace = append(trace, "body returns")
				return fmt.Sprint(i, "x", j)
			}
		}
	}
	return "none"
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(100))
	for _, t := range trace {
		fmt.Println(" ", t)
	}
	trace = nil
outer:
	for i := range count("a", 5) {
		for j := range count("b", 5) {
			switch {
			case j > i:
				continue outer
			case i == 3:
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	fmt.Println(trace)
	n := 0
loop:
	if n < 3 {
		for v := range count("g", 10) {
			if v == n {
				n++
				break
			}
		}
		goto loop
	}
	fmt.Println("n", n, len(trace))
	sum := 0
	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
}
