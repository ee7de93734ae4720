//go:build ignore

// Assignment 5, the given client: do not change it. The server tells it what
// to do with one word per line: GUESS (ask the user for a number and send
// it), LOW or HIGH (the last guess was too low or too high), WIN, GAMEOVER.
package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

// askGuess asks until the user types a whole number.
func askGuess() int {
	for {
		guess, err := strconv.Atoi(strings.TrimSpace(console.Input("Enter guess (1-100): ")))
		if err == nil {
			return guess
		}
		fmt.Println("Please type a whole number.")
	}
}

func main() {
	s := sock.Dial("127.0.0.1:12345")
	defer s.Close()

	for {
		received, ok := s.RecvLine()
		if !ok {
			fmt.Println("The server has ended the game.")
			return
		}
		switch strings.TrimSpace(received) {
		case "LOW":
			fmt.Println("Your guess is too low.")
		case "HIGH":
			fmt.Println("Your guess is too high.")
		case "GUESS":
			s.SendLine(strconv.Itoa(askGuess()))
		case "WIN":
			fmt.Println("You win!")
			return
		case "GAMEOVER":
			fmt.Println("You ran out of tries! Game over.")
			return
		}
	}
}
