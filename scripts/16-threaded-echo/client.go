//go:build ignore

// The client for the multi-threaded echo server: it connects at once, then
// waits for you to type the message. Start several and type in any order.
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:1234")
	defer conn.Close()
	fmt.Println("Connected to", conn.RemoteAddr())

	message := console.Input("Enter message: ")
	conn.SendUntil(message, "\x00") // the message, then chr(0)
	fmt.Println("Sent")
}
