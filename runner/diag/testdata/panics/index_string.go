// want 8:20 panic: index out of range \[10\] with length 3
package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(s[0], s[10])
}
