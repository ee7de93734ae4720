//go:build ignore

// Assignment 1, the server: it greets two clients, one after the other,
// then closes.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345") // socket(), bind() and listen()
	defer ln.Close()

	// The listening socket stays open while the server talks to a client,
	// so it can accept the next one afterwards: accept, greet and close,
	// once for each client.
	for client := 1; client <= 2; client++ {
		conn, addr := ln.Accept() // waits until the next client connects
		fmt.Println("Connected to:", addr)
		conn.SendLine("Hello from server") // sends "Hello from server\n"
		conn.Close()                       // this client's socket only
	}
}
