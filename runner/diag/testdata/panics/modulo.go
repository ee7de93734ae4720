// want 8:6 panic: integer divide by zero
package main

import "fmt"

func main() {
	n, k := 7, 0
	if n%k == 0 {
		fmt.Println("even")
	}
}
