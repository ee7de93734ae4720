//go:build ignore

// Exercise 1, the guess server: it thinks of a number from 1 to 100. Write
// the game: the client guesses until it finds the number. Every message is
// a line.
package main

import (
	"fmt"
	"math/rand"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:9999")
	defer ln.Close()
	fmt.Println("Guess Server listening ...")

	conn, _ := ln.Accept()
	defer conn.Close()
	answer := rand.Intn(100) + 1 // 1 to 100, like random.randint(1, 100)
	fmt.Println(answer)

	// TODO: repeat until the client guesses the answer:
	//   - send the line GUESS (conn.SendLine),
	//   - receive the client's guess (conn.RecvLine) and turn it into a
	//     number (strconv.Atoi); print "received" and the guess,
	//   - reply with the line Low if the guess is too small, High if it is
	//     too big, Correct if it is the answer (and then stop).

	fmt.Println("Server closed")
}
