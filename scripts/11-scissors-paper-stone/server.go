//go:build ignore

// Assignment 6, the server: Player1, at the server, plays three rounds of
// Scissor-Paper-Stone against Player2, at the client. In each round both
// players choose, both send their choice as a line, and each side works out
// the result with the same rules, from the package game: a symmetrical game.
package main

import (
	"fmt"

	"github.com/socklab/socklab/scripts/11-scissors-paper-stone/game"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()
	fmt.Println("Waiting for Player2 ...")
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	fmt.Println("You are Player1 playing against Player2")
	for round := 1; round <= 3; round++ {
		player1 := game.Choose("Player1")
		conn.SendLine(player1) // send before receiving: no one sees the other's choice first

		player2, ok := conn.RecvLine()
		if !ok {
			fmt.Println("Player2 has left the game.")
			return
		}
		if !game.Valid(player2) {
			fmt.Printf("Player2 sent %q, which is not a choice.\n", player2)
			return
		}
		fmt.Println("Player2: ", player2)
		fmt.Println(game.Result(player1, player2))
	}
}
