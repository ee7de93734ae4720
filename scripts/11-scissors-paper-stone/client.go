//go:build ignore

// Assignment 6, the client: Player2, at the client, plays three rounds of
// Scissor-Paper-Stone against Player1, at the server. In each round both
// players choose, both send their choice as a line, and each side works out
// the result in the same way: a symmetrical game.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

var choices = map[string]string{"1": "Scissor", "2": "Paper", "3": "Stone"}

// beats says what each choice wins against.
var beats = map[string]string{"Scissor": "Paper", "Paper": "Stone", "Stone": "Scissor"}

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	defer conn.Close()

	fmt.Println("You are Player2 playing against Player1")
	for round := 1; round <= 3; round++ {
		player2 := choose("Player2")
		conn.SendLine(player2) // send before receiving: no one sees the other's choice first

		player1, ok := conn.RecvLine()
		if !ok {
			fmt.Println("Player1 has left the game.")
			return
		}
		if beats[player1] == "" {
			fmt.Printf("Player1 sent %q, which is not a choice.\n", player1)
			return
		}
		fmt.Println("Player1: ", player1)
		fmt.Println(game(player1, player2))
	}
}

// choose asks the player until they enter 1, 2 or 3, and returns the choice.
func choose(player string) string {
	for {
		n := console.Input(player + ": Enter (1) Scissor, (2) Paper or (3) Stone : ")
		if c, ok := choices[n]; ok {
			fmt.Println(player+": ", c)
			return c
		}
		fmt.Println("Please enter only 1, 2 or 3.")
	}
}

// game returns the result of a round; the server has the same function.
func game(player1, player2 string) string {
	if player1 == player2 {
		return "Draw"
	}
	if beats[player2] == player1 {
		return "Player2 wins!"
	}
	return "Player1 wins!"
}
