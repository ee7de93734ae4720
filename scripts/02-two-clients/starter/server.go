//go:build ignore

// Assignment 1, the server: Project 1's server, which greets one client and
// closes. Change it so that it greets two clients, one after the other.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345") // socket(), bind() and listen()
	defer ln.Close()

	conn, addr := ln.Accept() // waits until a client connects
	fmt.Println("Connected to:", addr)
	conn.SendLine("Hello from server") // sends "Hello from server\n"
	conn.Close()

	// TODO: greet a second client in the same way: accept it, print its
	// address, send it "Hello from server\n" and close its socket.
	// Run server.go, then client1.go, then client2.go to try it.
}
