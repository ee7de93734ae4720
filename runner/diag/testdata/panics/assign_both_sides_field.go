// want 16:14 panic: index out of range \[7\] with length 3
package main

import "fmt"

type counter struct {
	hist []int
}

var c *counter

func main() {
	values := []int{3, 1, 4}
	i := 7
	fmt.Println("copying", i)
	c.hist[i] = values[i]
}
