//go:build ignore

// Assignment 5, the game server: it runs the High or Low game for the given
// client.go. The client guesses a number from 1 to 100 in five tries.
package main

import (
	"fmt"
	"math/rand"
	"strconv"

	"github.com/socklab/socklab/stdlib/sock"
)

var num = rand.Intn(100) + 1 // Python's randint(1, 100)

// game says how a guess compares with num.
func game(guess string) string {
	n, err := strconv.Atoi(guess)
	switch {
	case err != nil || n < 1 || n > 100:
		return "Please enter number 1 to 100"
	case n == num:
		return "You win!"
	case n > num:
		return "HIGH"
	default:
		return "LOW"
	}
}

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()

	fmt.Println("Type Ctrl-C or close the terminal to terminate the server.")
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	// The client does what each line tells it: GUESS asks the user for a
	// number, which comes back as one line; LOW and HIGH are shown; WIN and
	// GAMEOVER end it.
	tries := 5
	for tries > 0 {
		conn.SendLine("GUESS")
		guess, ok := conn.RecvLine()
		if !ok {
			fmt.Println("The client has left the game.")
			return
		}
		result := game(guess)
		fmt.Println("Client guessed " + guess + ": " + result)

		switch result {
		case "You win!":
			conn.SendLine("WIN")
			return
		case "HIGH", "LOW":
			conn.SendLine(result)
			tries--
		}
		// Anything else is not a number from 1 to 100: the loop asks again,
		// and that does not use a try.
	}
	conn.SendLine("GAMEOVER")

	// Let the client hang up first. Closing at once would push GAMEOVER out
	// together with the LOW or HIGH just before it, and the seed's Python
	// client cannot split two lines that arrive together.
	conn.RecvLine()
}
