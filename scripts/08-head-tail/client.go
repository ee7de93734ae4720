//go:build ignore

// Project 5, the game client: it shows the server's question, sends the
// user's guess in capitals, and prints the server's answer, until Q.
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
			return
		}
	}
}
