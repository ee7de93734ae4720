// difftest: same
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println("counter:", c())
	d := counter()
	fmt.Println("another:", d())

	factor := 3
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * factor }))
	factor = 10
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * factor }))

	var fibs []int
	a, b := 0, 1
	for i := 0; i < 10; i++ {
		fibs = append(fibs, a)
		a, b = b, a+b
	}
	fmt.Println(fibs)
	total := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			total += i * j
		}
	}
	fmt.Println("total:", total)
}
