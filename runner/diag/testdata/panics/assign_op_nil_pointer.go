// want 11:2 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

func main() {
	var total *int
	src := []int{5, 6}
	j := 9
	fmt.Println("adding", j)
	*total += src[j]
}
