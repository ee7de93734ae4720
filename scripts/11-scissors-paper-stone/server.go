//go:build ignore

// Assignment 6, the server: Player1, at the server, plays three rounds of
// Scissor-Paper-Stone against Player2, at the client. In each round both
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
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	fmt.Println("Waiting for Player2 ...")
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	fmt.Println("You are Player1 playing against Player2")
	for round := 1; round <= 3; round++ {
		player1 := choose("Player1")
		conn.SendLine(player1) // send before receiving: no one sees the other's choice first

		player2, ok := conn.RecvLine()
		if !ok {
			fmt.Println("Player2 has left the game.")
			return
		}
		if beats[player2] == "" {
			fmt.Printf("Player2 sent %q, which is not a choice.\n", player2)
			return
		}
		fmt.Println("Player2: ", player2)
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

// game returns the result of a round; the client has the same function.
func game(player1, player2 string) string {
	if player1 == player2 {
		return "Draw"
	}
	if beats[player2] == player1 {
		return "Player2 wins!"
	}
	return "Player1 wins!"
}
