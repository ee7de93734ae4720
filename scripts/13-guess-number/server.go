//go:build ignore

// Exercise 1, the guess server: it thinks of a number from 1 to 100 and
// answers each guess with Low, High or Correct. Every message is a line.
package main

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"

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

	for {
		conn.SendLine("GUESS") // sends "GUESS\n"
		line, ok := conn.RecvLine()
		if !ok {
			fmt.Println("The client left before guessing the number.")
			break
		}
		guess, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil {
			fmt.Printf("received %q, which is not a whole number\n", line)
			continue // ask again
		}
		fmt.Println("received", guess)

		if guess < answer {
			conn.SendLine("Low")
		} else if guess > answer {
			conn.SendLine("High")
		} else {
			conn.SendLine("Correct")
			break
		}
	}
	fmt.Println("Server closed")
}
