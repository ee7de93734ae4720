// difftest: same
package main

// An iterator that ignores what yield returns calls it again after the
// loop's break: Go panics with its runtime error (range function continued
// iteration after function for loop body returned false) and status 2,
// where the body must not run again. (socklab words the report as its
// own, without Go's "runtime error: ", so only the output and the exit
// status are compared.)

import (
	"fmt"
	"iter"
	"strings"
)

// Words yields the words of s, but forgets to stop when the loop breaks.
func Words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			yield(w)
		}
	}
}

func main() {
	for w := range Words("the quick brown fox") {
		fmt.Println(w)
		if w == "quick" {
			break
		}
	}
	fmt.Println("not reached")
}
