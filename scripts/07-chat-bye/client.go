//go:build ignore

// Assignment 3, the chat client with quit: the word BYE (in any case) from
// either side ends both programs.
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
	chat := sock.Dial("127.0.0.1:12345")
	defer chat.Close() // runs when main returns, however the chat ends

	for {
		fmt.Println("WAITING FOR SERVER ...")
		msg, ok := chat.RecvLine()
		if !ok {
			fmt.Println("The server has left the chat.")
			return
		}
		fmt.Println("Server wrote: " + msg)
		if isBye(msg) {
			fmt.Println("The server said BYE. Chat closed.")
			return
		}

		msg = console.Input("Input message: ")
		chat.SendLine(msg) // BYE is sent too, so the server knows
		if isBye(msg) {
			fmt.Println("You said BYE. Chat closed.")
			return
		}
	}
}
