// want 8:31 panic: integer divide by zero
package main

import "fmt"

func main() {
	total, count := 10, 0
	fmt.Println("average:", total/count)
}
