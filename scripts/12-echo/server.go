//go:build ignore

// The echo server: it prints each client's message and replies "OK".
// A client that sends "bye" stops it.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:1234")
	fmt.Println("Server in listen mode ...")

	// Serve accepts one client after another (an iterative server) and
	// closes each connection when the function returns. If a client
	// misbehaves, the server reports it and goes on with the next one.
	ln.Serve(func(conn *sock.Conn) {
		addr := conn.RemoteAddr()
		fmt.Printf("Accepting connection from %s:%d\n", addr.Host, addr.Port)

		// Up to 4096 bytes: whatever has arrived. Nothing marks the end of
		// the message, so a long or slow message could arrive cut in
		// pieces (lesson 14 fixes this with a delimiter).
		message := string(conn.Recv(4096))
		fmt.Println(message)
		conn.SendString("OK")

		if message == "bye" {
			ln.Close() // Serve returns once this client is done
		}
	})
	fmt.Println("Closing listen socket")
}
