// want 9:20 panic: index out of range \[-3\]
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	i := 0
	fmt.Println(a[i], a[i-3])
}
