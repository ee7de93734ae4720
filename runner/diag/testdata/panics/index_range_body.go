// want 10:18 panic: index out of range \[2\] with length 2
package main

import "fmt"

func main() {
	names := []string{"a", "b", "c"}
	ages := []int{1, 2}
	for i, n := range names {
		fmt.Println(n, ages[i])
	}
}
