//go:build ignore

// Assignment 2, the server: it sends a line to the client, then receives the
// client's reply and prints it. Both directions use the same protocol: a
// message is a line ending in "\n".
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

	reply, ok := conn.RecvLine() // client -> server
	if !ok {
		fmt.Println("The client left without replying.")
		return
	}
	fmt.Println(reply)
}
