// want 9:14 panic: index out of range
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	n := 0
	for i := 0; a[i] != 0; i++ {
		n += a[i]
		fmt.Println(n)
	}
}
