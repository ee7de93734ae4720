//go:build ignore

// Assignment 3, the chat client: this is Project 4's chat client. Change it
// so that the word BYE, in small or capital letters, typed by either user
// ends both programs, with all the sockets closed.
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
		fmt.Println("WAITING FOR SERVER ...")
		msg, ok := chat.RecvLine()
		if !ok {
			fmt.Println("The server has left the chat.")
			return
		}
		fmt.Println("Server wrote: " + msg)
		// TODO: if the server wrote BYE, end the chat.

		chat.SendLine(console.Input("Input message: "))
		// TODO: if the client's user typed BYE, end the chat.
	}
}
