//go:build ignore

// Assignment 2, the server: it sends a line to the client and closes.
// Change it so that it also receives the client's reply and prints it.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()

	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	conn.SendLine("Hello from server") // server -> client

	// TODO: receive the client's reply, a line ending in "\n", with
	// conn.RecvLine(), and print it.
}
