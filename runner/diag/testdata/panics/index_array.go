// want 9:3 panic: index out of range \[3\] with length 3
package main

import "fmt"

func main() {
	var board [3]int
	for i := 0; i <= 3; i++ {
		board[i] = i
	}
	fmt.Println(board)
}
