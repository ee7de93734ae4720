//go:build ignore

// Exercise 2, the upload client: it reads the file you name and sends its
// name and contents to the upload server, then waits for the server to
// acknowledge it.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	fn := console.Input("Enter file: ")

	data, err := os.ReadFile(fn) // the file the user named
	if err != nil {
		fmt.Println("Cannot read the file:", err)
		return
	}

	conn := sock.Dial("127.0.0.1:1234")
	defer conn.Close()

	// TODO: send the name and a NUL byte, then the contents and two NUL
	// bytes (conn.SendUntil), and print "Sent file".
	_ = data // remove this line once you send data
	// TODO: wait for the acknowledgement, two NUL bytes, and print
	// "Received acknowledgement".
}
