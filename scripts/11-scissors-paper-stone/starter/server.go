//go:build ignore

// Assignment 6, the server. As you receive it, Player1 (a human, at the
// server) plays Scissor-Paper-Stone against Player2, a robot that chooses
// at random. Make it a symmetrical game: Player2 is a human at the client.
package main

import (
	"fmt"
	"math/rand"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

var choices = map[string]string{"1": "Scissor", "2": "Paper", "3": "Stone"}

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	fmt.Println("Waiting for Player2 ...")
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	fmt.Println("You are Player1 playing against Player2")
	counter := 3
	for counter > 0 {
		player1 := console.Input("Player1: Enter (1) Scissor, (2) Paper or (3) Stone : ")
		if c, ok := choices[player1]; ok {
			fmt.Println("Player1: ", c)
			fmt.Println(game(c))
			counter--
		} else {
			fmt.Println("Please enter only 1, 2 or 3.")
		}
	}
}

// game plays one round against the robot and returns the result.
func game(opponent string) string {
	// TODO: instead of the robot's random choice, send Player1's choice to
	// the client as a line (conn.SendLine) and receive Player2's choice
	// (conn.RecvLine). The client does the same the other way round.
	player2 := []string{"Scissor", "Paper", "Stone"}[rand.Intn(3)]
	fmt.Println("Player2: ", player2)
	if player2 == opponent {
		return "Draw"
	} else if (player2 == "Scissor" && opponent == "Paper") ||
		(player2 == "Paper" && opponent == "Stone") ||
		(player2 == "Stone" && opponent == "Scissor") {
		return "Player2 wins!"
	} else {
		return "Player1 wins!"
	}
}
