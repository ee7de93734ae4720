// difftest: same
// Control flow at its corners: a loop made of goto, continue inside a
// switch in a loop, fallthrough into default, a switch with an init
// statement and a default written first.
package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("goto", i)
		i++
		goto loop
	}
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	n := 0
	for {
		n++
		switch {
		case n%2 == 0:
			continue
		case n > 7:
			goto done
		}
		fmt.Print(n, " ")
	}
done:
	fmt.Println("done")
	x := 5
	switch {
	case x > 3:
		fmt.Println(">3")
		fallthrough
	case x > 10:
		fmt.Println(">10 (fallthrough)")
		fallthrough
	default:
		fmt.Println("default")
	}
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
	}
	switch {
	default:
		fmt.Println("default first")
	case x == 5:
		fmt.Println("five")
	}
}
