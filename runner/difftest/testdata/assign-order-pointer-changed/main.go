// difftest: same
package main

import "fmt"

var current = new(int)

// swap points current at a fresh int, as a reconnect might.
func swap() int {
	current = new(int)
	return 7
}

func main() {
	old := current
	*current = swap()
	fmt.Println(*old, *current)

	var nilp *int
	defer func() { fmt.Println("recovered:", recover()) }()
	*nilp = swap()
}
