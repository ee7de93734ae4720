//go:build ignore

// Assignment 5, the game server: write it for the given client.go, which you
// must not change. The client guesses a number from 1 to 100 in five tries.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

// TODO: the random number num (1 to 100) and game(guess), as in high_low.go.

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()

	fmt.Println("Type Ctrl-C or close the terminal to terminate the server.")
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	// TODO: play the game with the client, one line per message:
	//  - send GUESS, and receive the client's guess (one line);
	//  - send LOW or HIGH when the guess is too low or too high, WIN when it
	//    is right;
	//  - after five wrong guesses, send GAMEOVER.
	// A guess that is not a number from 1 to 100 does not use a try: ask again.
}
