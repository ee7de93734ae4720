//go:build ignore

// Assignment 3, the chat server: this is Project 4's chat server. Change it
// so that the word BYE, in small or capital letters, typed by either user
// ends both programs, with all the sockets closed.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()

	fmt.Println("Type Ctrl-C or close the terminal to terminate the server.")
	chat, addr := ln.Accept()
	defer chat.Close()
	fmt.Println("Connected to:", addr)

	for {
		chat.SendLine(console.Input("Input message: "))
		// TODO: if the server's user typed BYE (bye, Bye, ...), end the chat.

		fmt.Println("WAITING FOR CLIENT ...")
		msg, ok := chat.RecvLine()
		if !ok {
			fmt.Println("The client has left the chat.")
			return
		}
		fmt.Println("Client wrote: " + msg)
		// TODO: if the client wrote BYE, end the chat.
	}
}
