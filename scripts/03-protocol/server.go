//go:build ignore

// Project 2, the server: it sends its greeting in two pieces with a pause in
// between, as a busy network may deliver a long message.
package main

import (
	"fmt"
	"time"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()

	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	conn.SendString("Hello fr")
	time.Sleep(100 * time.Millisecond) // a delay in a busy network
	conn.SendString("om server\n")     // the "\n" ends the message
}
