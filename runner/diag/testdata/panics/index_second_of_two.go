// want 11:27 panic: index out of range \[1\] with length 1
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("ALICE", " ")
	name, guess := parts[0], parts[1]
	fmt.Println(name, guess)
}
