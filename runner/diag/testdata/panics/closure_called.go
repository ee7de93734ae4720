// want 9:10 panic: index out of range \[3\] with length 1
package main

import "fmt"

func main() {
	a := []int{1}
	get := func(i int) int {
		return a[i]
	}
	fmt.Println(get(0), get(3))
}
