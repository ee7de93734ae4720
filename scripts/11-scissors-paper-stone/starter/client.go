//go:build ignore

// Assignment 6, the client: Player2, a human, plays Scissor-Paper-Stone
// against Player1 at the server.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	fmt.Println("You are Player2 playing against Player1")
	// TODO: play 3 rounds. In each round:
	//   - ask Player2 with console.Input("Player2: Enter (1) Scissor, (2) Paper or (3) Stone : ")
	//     until they enter 1, 2 or 3 (otherwise print "Please enter only 1, 2 or 3."),
	//     and print "Player2: " and the choice,
	//   - send the choice to the server as a line, receive Player1's choice,
	//     print "Player1: " and it,
	//   - print the result, "Draw", "Player1 wins!" or "Player2 wins!",
	//     worked out the same way as on the server.
}
