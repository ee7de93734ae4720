// difftest: same
package main

import "fmt"

// gc stores the entries of a map literal whose key and value are both
// constants (or literals of constants) first, and the others after them
// in the order of the source: where a key that is not a constant equals
// one that is, its entry wins wherever it is written.

type point struct{ X, Y int }

type color int

const red color = 1

var x = 1

func next() int { x++; return x }

func main() {
	y := 1
	fmt.Println(map[int]string{x: "var", 1: "const"})
	fmt.Println(map[int]string{1: "const", x: "var"})
	fmt.Println(map[int]string{y: "a", 1: "b", 2: "c", y + 1: "d"})
	fmt.Println(map[int]int{x: next(), 2: 9})
	fmt.Println(map[color]string{color(y): "var", red: "const"})
	p := point{1, 2}
	fmt.Println(map[point]string{p: "var", {1, 2}: "literal"})
	fmt.Println(map[[2]int]int{{y, 2}: 10, {1, 2}: 20})
	// A value converted to an interface is not a constant entry to gc.
	fmt.Println(map[int]any{y: "var", 1: "const"})
	fmt.Println(map[string]int{"a": y, "b": 2})
	s := "k"
	fmt.Println(map[string][2]int{s: {y, y}, "k": {3, 4}})
}
