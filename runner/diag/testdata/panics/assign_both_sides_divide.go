// want 10:26 panic: integer divide by zero
package main

import "fmt"

func main() {
	share := make([]int, 2)
	people, total := 0, 90
	fmt.Println("sharing", total)
	share[people+2] = total / people
}
