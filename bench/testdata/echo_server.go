//go:build ignore

// echo_server listens on os.Args[1], prints the address it got, and sends
// back each line of its one client, as the echo lesson does.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen(os.Args[1])
	fmt.Println(ln.Addr())
	conn, _ := ln.Accept()
	for {
		line, ok := conn.RecvLine()
		if !ok {
			break
		}
		conn.SendLine(line)
	}
	conn.Close()
}
