// want 15:14 panic: index out of range \[7\] with length 2
package main

import "fmt"

func try(a []int) {
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(a[5])
}

func main() {
	b := []int{1, 2}
	try(b)
	fmt.Println("going on")
	fmt.Println(b[7])
}
