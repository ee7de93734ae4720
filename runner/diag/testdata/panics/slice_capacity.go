// want 9:7 panic: slice bounds out of range \[:5\] with capacity 3
package main

import "fmt"

func main() {
	a := make([]byte, 3)
	n := 5
	b := a[1:n]
	fmt.Println(b)
}
