// difftest: same
package main

// Control flow as the language specification and the books show it:
// labelled break and continue out of nested loops, goto, switch with
// fallthrough and no condition, and a search loop with a label.

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score < 0:
		fallthrough
	case score > 100:
		return "invalid"
	default:
		return "C"
	}
}

func classify(n int) []string {
	var out []string
	switch n % 4 {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "small")
		fallthrough
	case 2:
		out = append(out, "medium")
	case 3:
		out = append(out, "large")
	}
	return out
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, -9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("first negative at", i, j)
				break outer
			}
		}
	}
rows:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				continue rows
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	i := 0
loop:
	if i < 4 {
		fmt.Print("goto ", i, "; ")
		i++
		goto loop
	}
	fmt.Println()
	for _, s := range []int{95, 85, 70, -1, 101} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for n := 0; n < 4; n++ {
		fmt.Println(n, classify(n))
	}
	x := 5
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y is big", y)
	}
}
