// want 25:10 panic: record 2 is empty
package main

import (
	"fmt"
	"iter"
)

func records(lines ...string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i, l := range lines {
			if l == "" {
				panic(fmt.Sprintf("record %d is empty", i+1))
			}
			yield(l)
		}
	}
}

func main() {
	next, stop := iter.Pull(records("a", ""))
	defer stop()
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
}
