// difftest: same
package main

// The Go Programming Language, 5.7 and its exercises: sum with variadic
// arguments, max and min that need at least one, a variadic join, and
// errorf that prints a line number before its formatted message.

import (
	"fmt"
	"os"
	"strings"
)

func sum(vals ...int) int {
	total := 0
	for _, val := range vals {
		total += val
	}
	return total
}

func max(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func min(vals ...int) (int, error) {
	if len(vals) == 0 {
		return 0, fmt.Errorf("min: no values")
	}
	m := vals[0]
	for _, v := range vals[1:] {
		if v < m {
			m = v
		}
	}
	return m, nil
}

func join(sep string, elems ...string) string {
	return strings.Join(elems, sep)
}

func errorf(linenum int, format string, args ...interface{}) {
	fmt.Fprintf(os.Stdout, "Line %d: ", linenum)
	fmt.Fprintf(os.Stdout, format, args...)
	fmt.Fprintln(os.Stdout)
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(3))
	fmt.Println(sum(1, 2, 3, 4))
	values := []int{1, 2, 3, 4}
	fmt.Println(sum(values...))
	fmt.Println(max(3), max(3, 9, 2), max(-1, values...))
	fmt.Println(min())
	fmt.Println(min(4, -2, 8))
	fmt.Println(join("/", "usr", "local", "go"), join(","), join("-", []string{"a", "b"}...))
	linenum, name := 12, "count"
	errorf(linenum, "undefined: %s", name)
	fmt.Printf("%T\n", sum)
	fmt.Printf("%T\n", errorf)
}
