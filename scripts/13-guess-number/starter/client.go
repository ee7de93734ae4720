//go:build ignore

// Exercise 1, the guess client: it connects to the guess server. Write the
// game: do what the server says until it says Correct.
package main

import (
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:9999")
	defer conn.Close()

	// TODO: repeat: receive the server's next line (conn.RecvLine) and
	// print it after "Received", then
	//   - on GUESS: ask the user with console.Input("Enter guess (1-100): ")
	//     and send the answer as a line,
	//   - on Low: print "Your guess is too low.",
	//   - on High: print "Your guess is too high.",
	//   - on Correct: print "You guessed correct!" and stop.
}
