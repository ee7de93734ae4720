// want 10:9 stack overflow: dive called itself without end
package main

import "fmt"

func dive(n int) int {
	if n < 0 {
		return 0
	}
	return dive(n+1) + 1
}

func main() {
	fmt.Println("diving")
	fmt.Println(dive(0))
}
