//go:build ignore

// Exercise 1, the guess client: it does what the server says, one line at
// a time, until the server says Correct.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:9999")
	defer conn.Close()

	for {
		code, ok := conn.RecvLine() // the next line, without its \n
		if !ok {
			fmt.Println("The server closed the connection.")
			return
		}
		fmt.Printf("Received %q\n", code)

		switch code {
		case "Low":
			fmt.Println("Your guess is too low.")
		case "High":
			fmt.Println("Your guess is too high.")
		case "GUESS":
			conn.SendLine(console.Input("Enter guess (1-100): "))
		case "Correct":
			fmt.Println("You guessed correct!")
			return
		}
	}
}
