// want 6:43 panic: index out of range \[3\] with length 1
package main

import "fmt"

func get(s []int, i int) (v int) { return s[i] }

func main() {
	fmt.Println(get([]int{1}, 0))
	fmt.Println(get([]int{1}, 3))
}
