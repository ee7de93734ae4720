// difftest: same
package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	text := "alpha\nbeta\ngamma\n"
	for line := range strings.Lines(text) {
		fmt.Printf("%q\n", line)
	}
	for f := range strings.FieldsSeq(" a  b c ") {
		fmt.Print(f, ";")
	}
	fmt.Println()
	for l := range bytes.Lines([]byte("x\ny")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	m2 := maps.Collect(maps.All(m))
	fmt.Println(len(m2), slices.Collect(maps.Values(map[int]int{1: 5})))
	for i, s := range slices.Backward([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
}
