//go:build ignore

// Project 5, the game on its own: guess whether a tossed coin shows head or
// tail. Play it first, then see how server.go and client.go split it in two.
package main

import (
	"fmt"
	"math/rand"
	"strings"

	"github.com/socklab/socklab/stdlib/console"
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
	for {
		guess := strings.ToUpper(console.Input("\n\nI will toss a coin, guess if it is a head (H) or tail (T) : "))
		if guess == "Q" {
			break
		}
		fmt.Println(game(guess))
	}
}
