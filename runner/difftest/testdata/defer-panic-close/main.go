// difftest: same
package main

import (
	"fmt"
	"os"
)

// Conn stands for a connection that must be closed whatever happens.
type Conn struct{ name string }

func (c *Conn) Close() error {
	fmt.Println("closed", c.name)
	return nil
}

func handle(c *Conn, line string) {
	defer c.Close()
	defer func() {
		fmt.Println("logging", line)
		if line == "" {
			panic("empty line")
		}
	}()
	fmt.Println("handling", line)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
		os.Exit(3)
	}()
	handle(&Conn{"a"}, "hello")
	handle(&Conn{"b"}, "")
	fmt.Println("not reached")
}
