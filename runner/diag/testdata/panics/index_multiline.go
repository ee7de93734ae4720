// want 9:11 panic: index out of range \[9\] with length 2
package main

import "fmt"

func main() {
	a := []int{1, 2}
	fmt.Println("first", a[0],
		"then", a[9])
}
