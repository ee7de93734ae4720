// want 9:7 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

func main() {
	var buf *[8]byte
	fmt.Println("slicing")
	b := buf[2:4]
	fmt.Println(b)
}
