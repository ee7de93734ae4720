//go:build ignore

// Assignment 5, the game on its own: guess a number from 1 to 100 in five
// tries. Play it first, then write the server that runs it for client.go.
package main

import (
	"fmt"
	"math/rand"
	"strconv"

	"github.com/socklab/socklab/stdlib/console"
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
	counter := 5
	for counter > 0 {
		result := game(console.Input("Guess a number 1 to 100: "))
		fmt.Println(result)
		if result == "You win!" {
			break
		}
		counter--
	}
	if counter == 0 {
		fmt.Println("You ran out of tries! Game over.")
	}
}
