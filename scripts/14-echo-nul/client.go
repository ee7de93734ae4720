//go:build ignore

// The client for the NUL echo server: it sends each message you type,
// ended by a NUL byte, one connection per message. "bye" stops both.
package main

import (
	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	for {
		message := console.Input("Enter message: ")

		conn := sock.Dial("127.0.0.1:1234")
		conn.SendUntil(message, "\x00") // the message, then chr(0)
		conn.Close()

		if message == "bye" {
			break
		}
	}
}
