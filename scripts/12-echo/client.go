//go:build ignore

// The echo client: it sends each message you type to the echo server, one
// connection per message, and prints the server's reply. "bye" stops both.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	for {
		message := console.Input("Enter message: ")
		if message == "" {
			// An empty message sends no bytes at all: the server would
			// wait for it for ever.
			fmt.Println("Type at least one character.")
			continue
		}

		conn := sock.Dial("127.0.0.1:1234") // the server takes one message per connection
		conn.SendString(message)
		reply := conn.Recv(1024)
		fmt.Println("Server replied:", string(reply))
		conn.Close()

		if message == "bye" {
			break
		}
	}
}
