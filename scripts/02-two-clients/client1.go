//go:build ignore

// Assignment 1, client 1: the same as Project 1's client. It asks where the
// server is, then prints its greeting.
package main

import (
	"fmt"
	"strconv"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	addr := console.Input("Enter IPv4 address of server: ")
	port, err := strconv.Atoi(console.Input("Enter port number of server: "))
	if err != nil {
		fmt.Println("The port must be a whole number, such as 12345.")
		return
	}

	conn := sock.Connect(addr, port)
	defer conn.Close()

	msg := conn.Recv(1024) // up to 1024 bytes: whatever has arrived
	fmt.Print(string(msg))
}
