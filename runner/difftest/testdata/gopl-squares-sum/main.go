// difftest: same
package main

// squares, sum and the function values of chapter 5 of The Go Programming
// Language: a function that returns a closure keeping its own x, variadic
// sum with and without a spread slice, errorf's ...interface{} handed on,
// strings.Map with a function value, and a nil function value compared
// with nil before it is called.

import (
	"fmt"
	"os"
	"strings"
)

// squares returns a function that returns
// the next square number each time it is called.
func squares() func() int {
	var x int
	return func() int {
		x++
		return x * x
	}
}

func sum(vals ...int) int {
	total := 0
	for _, val := range vals {
		total += val
	}
	return total
}

func errorf(linenum int, format string, args ...interface{}) {
	fmt.Fprintf(os.Stdout, "Line %d: ", linenum)
	fmt.Fprintf(os.Stdout, format, args...)
	fmt.Fprintln(os.Stdout)
}

func square(n int) int     { return n * n }
func negative(n int) int   { return -n }
func product(m, n int) int { return m * n }
func add1(r rune) rune     { return r + 1 }

func variadic(...int) {}
func sliced([]int)    {}

func main() {
	f := squares()
	fmt.Println(f()) // "1"
	fmt.Println(f()) // "4"
	fmt.Println(f()) // "9"
	fmt.Println(f()) // "16"
	g := squares()
	fmt.Println(g(), f())

	fmt.Println(sum())           //  "0"
	fmt.Println(sum(3))          //  "3"
	fmt.Println(sum(1, 2, 3, 4)) //  "10"
	values := []int{1, 2, 3, 4}
	fmt.Println(sum(values...)) // "10"

	linenum, name := 12, "count"
	errorf(linenum, "undefined: %s", name) // "Line 12: undefined: count"

	h := square
	fmt.Println(h(3)) // "9"
	h = negative
	fmt.Println(h(3))     // "-3"
	fmt.Printf("%T\n", h) // "func(int) int"
	var k func(int) int
	if k != nil {
		k(3)
	}
	fmt.Println(k == nil, product(6, 7))
	fmt.Printf("%T\n%T\n", variadic, sliced)   // "func(...int)" "func([]int)"
	fmt.Println(strings.Map(add1, "HAL-9000")) // "IBM.:111"
	fmt.Println(strings.Map(add1, "VMS"))      // "WNT"
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))
}
