// want 8:9 panic: index out of range \[4\] with length 2
package main

import "fmt"

func main() {
	a := []string{"x", "y"}
	switch a[4] {
	case "x":
		fmt.Println("x")
	}
}
