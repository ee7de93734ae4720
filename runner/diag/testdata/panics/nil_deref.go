// want 8:22 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

func main() {
	var n *int
	fmt.Println("n is", *n)
}
