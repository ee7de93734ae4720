// difftest: same
package main

// Writing through a pointer that may be nil, from a slice indexed out of
// range: Go evaluates the right side first, so each recover below sees
// the index's error where both fail, and the nil dereference only where
// the index is in range. The same goes for a field through a nil pointer
// and an element of a field through one.

import "fmt"

type counter struct {
	total int
	hist  []int
}

func try(what string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", what, recover()) }()
	f()
}

func main() {
	values := []int{3, 1, 4}
	var total *int
	var c *counter
	for _, i := range []int{1, 7} {
		try(fmt.Sprint("*total = values[", i, "]"), func() { *total = values[i] })
		try(fmt.Sprint("c.total = values[", i, "]"), func() { c.total = values[i] })
		try(fmt.Sprint("c.hist[i] = values[", i, "]"), func() { c.hist[i] = values[i] })
	}
	n := 0
	total = &n
	try("*total = values[2]", func() { *total = values[2] })
	fmt.Println(n)
}
