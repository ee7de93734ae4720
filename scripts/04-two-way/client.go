//go:build ignore

// Assignment 2, the client: it receives the server's line and prints it,
// then sends a line back.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	msg, ok := conn.RecvLine() // server -> client
	if !ok {
		fmt.Println("The server closed the connection without sending a line.")
		return
	}
	fmt.Println(msg)

	conn.SendLine("Hello from client") // client -> server
}
