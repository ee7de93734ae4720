// difftest: same
package main

// Go by Example, Closures and Recursion: a sequence generator, a closure
// that calls itself through its variable, memoised Fibonacci, and
// functions kept in a map.

import (
	"fmt"
	"strings"
)

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func memoFib() func(int) int {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	return fib
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt(), nextInt(), nextInt())
	fmt.Println(fact(7))

	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))
	mf := memoFib()
	fmt.Println(mf(50), mf(90))

	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))

	ops := map[string]func(int, int) int{"add": func(a, b int) int { return a + b }}
	fmt.Println("add", ops["add"](6, 7))
	var funcs []func() string
	for _, w := range []string{"x", "y", "z"} {
		funcs = append(funcs, func() string { return w + w })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
