// difftest: same
package main

// Assignment 2: both ends send and receive. Each message is a line; a small
// recvLine function plays the role of the lessons' "while b'\n' not in
// data" loop, byte by byte so that nothing after the newline is lost.

import (
	"fmt"
	"net"
	"strings"
)

func recvLine(c net.Conn) (string, error) {
	var sb strings.Builder
	one := make([]byte, 1)
	for {
		_, err := c.Read(one)
		if err != nil {
			return sb.String(), err
		}
		if one[0] == '\n' {
			return sb.String(), nil
		}
		sb.WriteByte(one[0])
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		defer conn.Close()
		conn.Write([]byte("Hello from server\n"))
		reply, err := recvLine(conn)
		fmt.Printf("server received %q (err=%v)\n", reply, err)
	}()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	greeting, _ := recvLine(conn)
	fmt.Println("client received:", greeting)
	conn.Write([]byte("Hello from client\n"))
	<-finished
	conn.Close()
	ln.Close()
}
