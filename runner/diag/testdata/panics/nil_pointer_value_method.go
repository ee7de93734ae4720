// want 13:16 panic: invalid memory address or nil pointer dereference
package main

import "fmt"

type counter struct{ n int }

func (c counter) show() int { return c.n }

func main() {
	var c *counter
	fmt.Println("showing")
	fmt.Println(c.show())
}
