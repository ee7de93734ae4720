//go:build ignore

// A server that greets one client; the test stops a first copy with Ctrl-C.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	conn, addr := ln.Accept()
	fmt.Println("Connected to:", addr)
	conn.SendLine("Hello from server")
	conn.Close()
}
