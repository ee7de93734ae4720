// difftest: same
package main

// Go by Example, Closures and Recursion: intSeq's closure keeps its own
// counter, fact recursive, fib as a recursive closure declared with var
// first, and closures collected in a slice in a loop.

import "fmt"

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

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())

	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))

	var printers []func()
	for i := 0; i < 3; i++ {
		printers = append(printers, func() { fmt.Print(i, " ") })
	}
	for _, word := range []string{"a", "b"} {
		printers = append(printers, func() { fmt.Print(word, " ") })
	}
	for _, p := range printers {
		p()
	}
	fmt.Println()

	counter := func() (func(), func() int) {
		n := 0
		return func() { n++ }, func() int { return n }
	}
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get())
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 10} {
		adders[fmt.Sprint("+", k)] = func(x int) int { return x + k }
	}
	fmt.Println(adders["+1"](5), adders["+10"](5))
}
