// want 11:13 panic: index out of range \[4\] with length 2
package main

import "fmt"

func pick(a []int, _ string) int {
	fmt.Println("picking from", len(a))
	i := len(a) * 2
	fmt.Println("at", i)
	v := a[0]
	return v + a[i]
}

func main() { fmt.Println(pick([]int{1, 2}, "x")) }
