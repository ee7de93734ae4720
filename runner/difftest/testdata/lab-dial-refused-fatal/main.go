// difftest: same
package main

// A client started before its server: the dial is refused and the client
// ends with log.Fatal, exit status 1, after printing what it tried. The
// port is one the program listened on and closed, so nothing is there.

import (
	"fmt"
	"log"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	fmt.Println("connecting to the server ...")
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println("no server:", err != nil)
		log.Fatalf("client: %v", err)
	}
	defer conn.Close()
	fmt.Println("connected")
}
