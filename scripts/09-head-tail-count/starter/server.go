//go:build ignore

// Assignment 4, the game server: this is Project 5's server. Change it so
// that it counts the guesses (N) and the correct ones (C), and tells the
// client "You have guessed correctly C out of N times." when the game ends.
package main

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/socklab/socklab/stdlib/sock"
)

// game tosses a coin for one guess and says how it went.
func game(guess string) string {
	switch guess {
	case "H", "T":
		if guess == []string{"H", "T"}[rand.Intn(2)] { // Python's choice(['H', 'T'])
			return "You are right!"
		}
		return "Sorry, you are wrong."
	case "Q":
		return "Thanks for playing the game. Bye!"
	default:
		return "Please enter head (H), tail (T) or Q to quit"
	}
}

func main() {
	ln := sock.Listen("127.0.0.1:12345")
	defer ln.Close()

	fmt.Println("Type Ctrl-C or close the terminal to terminate the server.")
	conn, addr := ln.Accept()
	defer conn.Close()
	fmt.Println("Connected to:", addr)

	// TODO: two counters, C and N.
	for {
		// The question is the client's input prompt, so it has no newline:
		// it ends with " : ", and that is where the client stops reading.
		conn.SendString("I will toss a coin, guess if it is a head (H) or tail (T) : ")

		line, ok := conn.RecvLine()
		if !ok {
			fmt.Println("The client has left the game.")
			return
		}
		guess := strings.TrimSpace(line) // the whole line is the guess

		conn.SendLine(game(guess)) // the answer is one line
		// TODO: count the guess, and count it as correct if it was right.
		if guess == "Q" {
			// TODO: send "You have guessed correctly C out of N times."
			return
		}
	}
}
