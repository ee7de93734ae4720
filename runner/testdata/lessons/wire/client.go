//go:build ignore

// A client that reads a line and a NUL-ended message, and prints them.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()
	line, _ := conn.RecvLine()
	bye, _ := conn.RecvUntil("\x00")
	fmt.Println(line, bye)
	if _, ok := conn.RecvLine(); !ok {
		fmt.Println("end of stream")
	}
}
