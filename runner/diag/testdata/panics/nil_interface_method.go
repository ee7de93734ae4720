// want 11:16 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

type shape interface{ area() int }

func main() {
	var s shape
	fmt.Println("calling")
	fmt.Println(s.area())
}
