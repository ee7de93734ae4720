// difftest: same
package main

// Loops over iterators inside function literals of package-level
// variables: one called at once to initialise a variable, and one kept
// in a map of handlers.

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

var squares = func() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for i := range 2 {
		fs = append(fs, func() int { return -i })
	}
	return fs
}()

var limits = struct {
	Lo, Hi *int
}{new(min(3, 7)), new(max(3, 7))}

var firstTwo = func() []int {
	next, stop := iter.Pull(slices.Values([]int{9, 8, 7}))
	defer stop()
	a, _ := next()
	b, _ := next()
	return []int{a, b}
}()

var words = func() (out []string) {
	for w := range strings.FieldsSeq("x y z") {
		out = append(out, strings.ToUpper(w))
	}
	return
}()

var table = map[string]func([]int) int{
	"sum": func(xs []int) int {
		s := 0
		for v := range slices.Values(xs) {
			s += v
		}
		return s
	},
}

func main() {
	for _, f := range squares {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(*limits.Lo, *limits.Hi, firstTwo, words, table["sum"]([]int{1, 2}))
}
