// want 13:60 panic: integer divide by zero
package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func main() {
	done := func() { fmt.Println("done") }
	defer done()
	zero := 0
	fmt.Println(apply(func(x int) int { return x * 2 }, 3))
	fmt.Println(apply(func(x int) int { return x * 2 }, 3), 10/zero)
}
