// want 11:12 panic: index out of range \[7\] with length 2
package main

import "fmt"

func main() {
	a := []int{4, 2}
	x := 3
	if x > 5 {
		fmt.Println("big")
	} else if a[7] > 0 {
		fmt.Println("odd")
	}
}
