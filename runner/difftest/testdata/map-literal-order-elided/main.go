// difftest: same
package main

import "fmt"

var x = 1

func f() int { x = 10; return 2 }

type Row map[string]int

// Map literals whose type an outer slice or array literal gives them: gc
// builds each entry by entry, reading x before f changes it; the rewrite
// spells the elided type out to do the same.
func main() {
	rows := []map[string]int{
		{"a": x, "b": f()},
		{"c": x, "d": f()},
	}
	fmt.Println(rows)
	x = 1
	table := [2]Row{{"a": x, "b": f()}, {}}
	fmt.Println(table, len(table[1]))
	x = 1
	nested := [][]map[string]int{{{"a": x, "b": f()}}}
	fmt.Println(nested)
}
