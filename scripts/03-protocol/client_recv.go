//go:build ignore

// Project 2, the naive client: it calls Recv once and takes whatever has
// arrived as the whole message. Run it against server.go and see what it
// misses.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	// Recv returns as soon as some bytes have arrived: here only the first
	// piece, "Hello fr". The rest comes 0.1 s later, to a closed socket.
	fmt.Println(string(conn.Recv(1024)))
}
