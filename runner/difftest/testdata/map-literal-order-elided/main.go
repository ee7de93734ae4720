// difftest: refused a map literal whose type is elided cannot be built entry by entry in Go's order
package main

import "fmt"

var x = 1

func f() int { x = 10; return 2 }

func main() {
	rows := []map[string]int{
		{"a": x, "b": f()},
	}
	fmt.Println(rows)
}
