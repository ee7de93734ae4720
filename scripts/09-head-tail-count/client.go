//go:build ignore

// Assignment 4, the game client with counters: the client of Project 5,
// which also shows the score the server sends when the game ends.
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
			// After its goodbye the server sends the score, one more line.
			if score, ok := conn.RecvLine(); ok {
				fmt.Println(score)
			}
			return
		}
	}
}
