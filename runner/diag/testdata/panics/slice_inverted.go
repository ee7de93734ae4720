// want 9:14 panic: slice bounds out of range \[3:1\]
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4}
	k := 1
	fmt.Println(a[k+2 : 1])
}
