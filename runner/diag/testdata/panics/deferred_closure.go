// want 9:24 panic: index out of range \[3\] with length 1
package main

import "fmt"

func main() {
	a := []int{1}
	defer func() {
		fmt.Println("last:", a[3])
	}()
	fmt.Println("first:", a[0])
}
