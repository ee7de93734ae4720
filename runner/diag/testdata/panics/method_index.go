// want 8:43 panic: index out of range
package main

import "fmt"

type board struct{ cells []string }

func (b *board) at(i int) string { return b.cells[i] }

func main() {
	b := &board{cells: []string{"x", "o", "x"}}
	fmt.Println(b.at(0))
	fmt.Println(b.at(3))
}
