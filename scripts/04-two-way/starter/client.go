//go:build ignore

// Assignment 2, the client: it receives the server's line and prints it.
// Change it so that it also sends a line back to the server.
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

	// TODO: send a reply to the server, "Hello from client" followed by
	// "\n", with conn.SendLine.
}
