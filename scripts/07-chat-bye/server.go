//go:build ignore

// Assignment 3, the chat server with quit: the chat of Project 4, where the
// word BYE (in any case) from either side ends both programs.
package main

import (
	"fmt"
	"strings"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

// isBye reports whether a message is the word BYE, in small or capital
// letters (bye, Bye, BYE), with any spaces around it.
func isBye(msg string) bool {
	return strings.EqualFold(strings.TrimSpace(msg), "BYE")
}

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	// Deferred calls run when main returns, so both sockets are closed
	// however the chat ends.
	defer ln.Close()

	fmt.Println("Type BYE to end the chat.")
	chat, addr := ln.Accept()
	defer chat.Close()
	fmt.Println("Connected to:", addr)

	for {
		msg := console.Input("Input message: ")
		chat.SendLine(msg) // BYE is sent too, so the client knows
		if isBye(msg) {
			fmt.Println("You said BYE. Chat closed.")
			return
		}

		fmt.Println("WAITING FOR CLIENT ...")
		msg, ok := chat.RecvLine()
		if !ok {
			fmt.Println("The client has left the chat.")
			return
		}
		fmt.Println("Client wrote: " + msg)
		if isBye(msg) {
			fmt.Println("The client said BYE. Chat closed.")
			return
		}
	}
}
