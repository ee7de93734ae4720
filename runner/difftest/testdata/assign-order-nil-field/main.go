// difftest: same
package main

import "fmt"

type conn struct{ name string }

func dial(name string) string { fmt.Println("dialing", name); return name }

func main() {
	var c *conn
	c.name = dial("server")
}
