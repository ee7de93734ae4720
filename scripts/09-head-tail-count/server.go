//go:build ignore

// Assignment 4, the game server with counters: the Head or Tail game of
// Project 5, which also counts the guesses (N) and the correct ones (C) and
// tells the player when the game ends.
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

	correct, total := 0, 0 // C and N: only H and T count as guesses
	for {
		conn.SendString("I will toss a coin, guess if it is a head (H) or tail (T) : ")

		line, ok := conn.RecvLine()
		if !ok {
			fmt.Println("The client has left the game.")
			return
		}
		guess := strings.TrimSpace(line)

		reply := game(guess)
		conn.SendLine(reply)
		if guess == "H" || guess == "T" {
			total++
		}
		if reply == "You are right!" {
			correct++
		}

		if guess == "Q" {
			// One more line after the goodbye: the score.
			score := fmt.Sprintf("You have guessed correctly %d out of %d times.", correct, total)
			conn.SendLine(score)
			fmt.Println(score)
			return
		}
	}
}
