// want 9:22 panic: index out of range \[5\] with length 1
package main

import "fmt"

func main() {
	a := []int{1}
	i := 5
	fmt.Println(len(a), a[i])
}
