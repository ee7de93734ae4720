// want 10:15 panic: index out of range \[3\] with length 3
package main

import "fmt"

func main() {
	scores := []int{3, 1, 2}
	for i := 0; i < 4; i++ {
		fmt.Println("score", i)
		fmt.Println(scores[i])
	}
}
