// Package game holds the rules of Scissor-Paper-Stone that both players'
// programs share: one rulebook, so that the two sides of the symmetrical
// game always agree on who won.
package game

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
)

var choices = map[string]string{"1": "Scissor", "2": "Paper", "3": "Stone"}

// beats says what each choice wins against.
var beats = map[string]string{"Scissor": "Paper", "Paper": "Stone", "Stone": "Scissor"}

// Choose asks player until they enter 1, 2 or 3, and returns the choice.
func Choose(player string) string {
	for {
		n := console.Input(player + ": Enter (1) Scissor, (2) Paper or (3) Stone : ")
		if c, ok := choices[n]; ok {
			fmt.Println(player+": ", c)
			return c
		}
		fmt.Println("Please enter only 1, 2 or 3.")
	}
}

// Valid reports whether c is one of the three choices: what the other
// player sent must be checked, never trusted.
func Valid(c string) bool { return beats[c] != "" }

// Result returns the result of a round.
func Result(player1, player2 string) string {
	if player1 == player2 {
		return "Draw"
	}
	if beats[player2] == player1 {
		return "Player2 wins!"
	}
	return "Player1 wins!"
}
