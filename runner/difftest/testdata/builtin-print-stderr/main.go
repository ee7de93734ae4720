// difftest: same
package main

// The builtins print and println, which a quick debugging session leaves
// in a program, write to standard error: standard output holds only what
// fmt prints, in its order.

import "fmt"

type point struct{ x, y int }

func main() {
	total := 0
	for i, n := range []int{3, 5, 8} {
		println("debug: i =", i, "n =", n)
		total += n
		fmt.Println("running total", total)
	}
	print("done", "\n")
	var err error
	println("err:", err, 1.5, true)
	p := point{1, 2}
	println(p.x, p.y)
	fmt.Println(p, total)
}
