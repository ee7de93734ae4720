// want 8:14 panic: index out of range
package main

import "fmt"

func main() {
	a := []int{0, 1}
	for i := 0; a[i] >= 0; i++ {
		if a[i] == 0 {
			continue
		}
		fmt.Println(a[i])
	}
}
