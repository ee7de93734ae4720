// want 10:14 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

func main() {
	var counts *[3]int
	i := 1
	fmt.Println("counting")
	fmt.Println(counts[i])
}
