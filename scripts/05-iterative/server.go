//go:build ignore

// Project 3, the iterative server: it serves clients one after another for
// as long as it runs, as a real server does. Stop it with Ctrl-C.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")

	// Accept a client, greet it, close its socket, and wait for the next
	// one: one client at a time, for ever. The listening socket is never
	// closed here; Ctrl-C ends the program and the system closes it.
	for {
		fmt.Println("Type Ctrl-C or close the terminal to terminate the server.")
		conn, addr := ln.Accept()
		fmt.Println("Connected to:", addr)
		conn.SendLine("Hello from server")
		conn.Close()
	}
}
