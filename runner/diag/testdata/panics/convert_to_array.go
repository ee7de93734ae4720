// want 9:7 panic: cannot convert slice with length 2 to array or pointer to array with length 4
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println("converting")
	a := [4]int(s)
	fmt.Println(a)
}
