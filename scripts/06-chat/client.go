//go:build ignore

// Project 4, the chat client: the same as the server, except that the order
// of receiving and sending is reversed.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	chat := sock.Dial("127.0.0.1:12345")
	defer chat.Close()

	for {
		// Receiving: the server speaks first.
		fmt.Println("WAITING FOR SERVER ...")
		msg, ok := chat.RecvLine()
		if !ok { // the server closed its socket
			fmt.Println("The server has left the chat.")
			return
		}
		fmt.Println("Server wrote: " + msg)

		// Sending: our turn.
		chat.SendLine(console.Input("Input message: "))
	}
}
