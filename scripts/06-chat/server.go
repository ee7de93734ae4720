//go:build ignore

// Project 4, the chat server: the server and the client take turns to type
// a message, the server first. Each message is one line of text.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345") // the 4 essential lines
	defer ln.Close()

	fmt.Println("Type Ctrl-C or close the terminal to terminate the server.")
	chat, addr := ln.Accept()
	defer chat.Close()
	fmt.Println("Connected to:", addr)

	for {
		// Sending: our turn. SendLine adds the "\n" that ends a message.
		chat.SendLine(console.Input("Input message: "))

		// Receiving: the client's turn. RecvLine waits for a whole line,
		// however many pieces it arrives in.
		fmt.Println("WAITING FOR CLIENT ...")
		msg, ok := chat.RecvLine()
		if !ok { // the client closed its socket: nobody left to chat with
			fmt.Println("The client has left the chat.")
			return
		}
		fmt.Println("Client wrote: " + msg)
	}
}
