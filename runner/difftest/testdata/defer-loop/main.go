// difftest: same
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := "first"
	defer fmt.Println("x was", x)
	x = "second"
	fmt.Println("body", x)
}
