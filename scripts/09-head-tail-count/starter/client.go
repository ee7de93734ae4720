//go:build ignore

// Assignment 4, the game client: this is Project 5's client. Change it so
// that it shows the score the server sends when the user ends the game.
package main

import (
	"fmt"
	"strings"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	for {
		// The question has no newline at its end but " : ", so that is the
		// delimiter to read up to. RecvUntil drops it; the prompt puts it back.
		question, ok := conn.RecvUntil(" : ")
		if !ok {
			fmt.Println("The server has ended the game.")
			return
		}
		guess := strings.ToUpper(strings.TrimSpace(console.Input(question + " : ")))
		conn.SendLine(guess)

		answer, ok := conn.RecvLine()
		if !ok {
			fmt.Println("The server has ended the game.")
			return
		}
		fmt.Println(answer)

		if guess == "Q" {
			// TODO: receive and print the score.
			return
		}
	}
}
