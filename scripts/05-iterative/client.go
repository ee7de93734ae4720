//go:build ignore

// Project 3, the client: Project 2's client with the protocol. Run it as
// many times as you like while the server runs.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	msg, ok := conn.RecvLine() // receives up to the "\n"
	if !ok {
		fmt.Println("The server closed the connection without sending a line.")
		return
	}
	fmt.Println(msg)
}
