//go:build ignore

// Project 2, the client with a protocol: every message ends with "\n", so
// the client receives until the newline, however many pieces it takes.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	// RecvLine keeps receiving until a "\n" arrives and returns the line
	// without it. ok is false if the server closed the connection first.
	msg, ok := conn.RecvLine()
	if !ok {
		fmt.Println("The server closed the connection without sending a line.")
		return
	}
	fmt.Println(msg)
}
