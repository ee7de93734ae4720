// difftest: same
package main

// Assignment 1: one server, two clients. The server accepts twice in a row
// and greets each client by its number; each client reads until the
// server closes the connection (io.ReadAll).

import (
	"fmt"
	"io"
	"net"
	"os"
)

func serve(ln net.Listener, clients int) {
	for i := 1; i <= clients; i++ {
		conn, err := ln.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "accept:", err)
			return
		}
		fmt.Fprintf(conn, "Hello client %d from server\n", i)
		conn.Close()
	}
}

func client(name, addr string) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(name, "cannot connect:", err)
		return
	}
	defer conn.Close()
	data, err := io.ReadAll(conn)
	if err != nil {
		fmt.Println(name, "read:", err)
		return
	}
	fmt.Printf("%s got %q\n", name, data)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	defer ln.Close()
	go serve(ln, 2)
	client("client1", ln.Addr().String())
	client("client2", ln.Addr().String())
}
