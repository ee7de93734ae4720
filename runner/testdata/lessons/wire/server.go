//go:build ignore

// A server that sends a line and a NUL-ended message, then closes first.
package main

import "github.com/socklab/socklab/stdlib/sock"

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	conn, _ := ln.Accept()
	defer conn.Close()
	conn.SendLine("Hello from server")
	conn.SendUntil("bye", "\x00")
}
