// want 12:9 panic: index out of range \[3\] with length 2
package main

import (
	"fmt"
	"strings"
)

func third(parts []string) string {
	fmt.Println("before")
	_ = len(parts)
	return parts[3]
}

func main() { fmt.Println(third(strings.Split("a b", " "))) }
