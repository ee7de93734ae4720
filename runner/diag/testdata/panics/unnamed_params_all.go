// want 12:9 panic: index out of range \[2\] with length 2
package main

import "fmt"

type board struct{ cells []int }

var b = board{cells: []int{1, 2}}

func (board) cell(int, string) int {
	fmt.Println("looking")
	return b.cells[len(b.cells)] + 1
}

func main() {
	var x board
	fmt.Println(x.cell(1, "a"))
}
