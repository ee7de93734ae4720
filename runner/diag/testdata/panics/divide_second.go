// want 8:15 panic: integer divide by zero
package main

import "fmt"

func main() {
	z := 0
	a := 10/2 + 6/z
	fmt.Println(a)
}
