// difftest: same
package main

// A Tour of Go, Slices: slice literals of structs, slicing defaults,
// length and capacity as a slice shrinks and grows, nil slices, make,
// the tic-tac-toe board of slices of slices, append and range.

import (
	"fmt"
	"strings"
)

func printSlice(s string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", s, len(x), cap(x), x)
}

func main() {
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	fmt.Println(s)

	names := [4]string{"John", "Paul", "George", "Ringo"}
	a, b := names[0:2], names[1:3]
	b[0] = "XXX"
	fmt.Println(a, b, names)

	st := []struct {
		i int
		b bool
	}{{2, true}, {3, false}, {5, true}}
	fmt.Println(st)
	fmt.Printf("%+v\n", st[1:])

	q := []int{2, 3, 5, 7, 11, 13}
	printSlice("q", q)
	q = q[:0]
	printSlice("q", q)
	q = q[:4]
	printSlice("q", q)
	q = q[2:]
	printSlice("q", q)

	var z []int
	fmt.Println(z, len(z), cap(z), z == nil)

	m := make([]int, 5)
	printSlice("m", m)
	n := make([]int, 0, 5)
	printSlice("n", n)
	printSlice("n2", n[:2])

	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}

	var g []int
	g = append(g, 0)
	g = append(g, 1)
	g = append(g, 2, 3, 4)
	fmt.Println(g, len(g))

	pow := make([]int, 10)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	fmt.Println()
}
