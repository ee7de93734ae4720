//go:build ignore

// The multi-threaded echo server: it serves many clients at once, each in a
// goroutine of its own, and prints each client's message (ended by a NUL
// byte) as soon as it is complete. It runs until you stop it with Ctrl-C.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:1234")
	fmt.Println("Server in listen mode ...")

	// ServeConcurrently accepts clients for ever and runs the function for
	// each in a new goroutine (go handle(conn)), the Go version of starting
	// an echoThread: a slow client no longer makes the others wait.
	ln.ServeConcurrently(func(conn *sock.Conn) {
		addr := conn.RemoteAddr()
		fmt.Printf("Accepting connection from %s:%d\n", addr.Host, addr.Port)

		message, ok := conn.RecvUntil("\x00")
		if !ok {
			fmt.Printf("%s:%d left without a message\n", addr.Host, addr.Port)
			return
		}
		// Several goroutines print at once: one Printf per line keeps each
		// line whole, and the address says whose message it is.
		fmt.Printf("%s:%d says: %s\n", addr.Host, addr.Port, message)
	}) // the connection is closed when the function returns
}
