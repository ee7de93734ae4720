// want 12:11 panic: index out of range \[1\] with length 1
package main

import (
	"fmt"
	"strings"
)

func main() {
	parts := strings.Split("GUESS", " ")
	fmt.Println("parts:", len(parts))
	guess := parts[1]
	fmt.Println(guess)
}
