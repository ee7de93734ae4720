//go:build ignore

// Project 1, the server: it waits for one client, greets it and closes.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345") // socket(), bind() and listen()
	defer ln.Close()

	conn, addr := ln.Accept() // waits until a client connects
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	conn.SendLine("Hello from server") // sends "Hello from server\n"
}
