//go:build ignore

// Assignment 6, the client: Player2, at the client, plays three rounds of
// Scissor-Paper-Stone against Player1, at the server. In each round both
// players choose, both send their choice as a line, and each side works out
// the result with the same rules, from the package game: a symmetrical game.
package main

import (
	"fmt"

	"github.com/socklab/socklab/scripts/11-scissors-paper-stone/game"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	fmt.Println("You are Player2 playing against Player1")
	for round := 1; round <= 3; round++ {
		player2 := game.Choose("Player2")
		conn.SendLine(player2) // send before receiving: no one sees the other's choice first

		player1, ok := conn.RecvLine()
		if !ok {
			fmt.Println("Player1 has left the game.")
			return
		}
		if !game.Valid(player1) {
			fmt.Printf("Player1 sent %q, which is not a choice.\n", player1)
			return
		}
		fmt.Println("Player1: ", player1)
		fmt.Println(game.Result(player1, player2))
	}
}
