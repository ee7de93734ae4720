//go:build ignore

// The echo server for messages of any size: each message ends with a NUL
// byte (character 0), so the server knows where it ends however it arrives.
// A client that sends "bye" stops the server.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:1234")
	fmt.Println("Server in listen mode ...")

	ln.Serve(func(conn *sock.Conn) {
		addr := conn.RemoteAddr()
		fmt.Printf("Accepting connection from %s:%d\n", addr.Host, addr.Port)

		// RecvUntil receives piece after piece until the NUL arrives and
		// returns the message without it, however long it is.
		message, ok := conn.RecvUntil("\x00")
		if !ok {
			fmt.Println("(the client left without a message)")
			return
		}
		fmt.Println(message)

		if message == "bye" {
			ln.Close() // Serve returns once this client is done
		}
	}) // Serve closes each client's connection when the function returns
	fmt.Println("Closing listen socket")
}
