// difftest: same
package main

// Project 2, why a protocol: the server sends its message in two pieces with
// a pause between them, and a client that reads once gets only the first.
// The fixed client keeps reading until the newline that ends a message.

import (
	"bytes"
	"fmt"
	"net"
	"time"
)

// server sends its message in two pieces; the first time, it waits until
// the naive client has read (a network slower than the client), then
// sleeps as the lesson's server does.
func server(ln net.Listener, naiveRead <-chan bool) {
	for i := 0; ; i++ {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Write([]byte("Hello fr"))
		if i == 0 {
			<-naiveRead
		}
		time.Sleep(100 * time.Millisecond)
		c.Write([]byte("om server\n"))
		c.Close()
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	naiveRead := make(chan bool)
	go server(ln, naiveRead)

	// The naive client: one Read.
	c, _ := net.Dial("tcp", ln.Addr().String())
	buf := make([]byte, 1024)
	n, _ := c.Read(buf)
	fmt.Printf("one recv: %q\n", buf[:n])
	naiveRead <- true
	c.Close()

	// The client with the protocol: read until '\n' is in the data.
	c, _ = net.Dial("tcp", ln.Addr().String())
	var data []byte
	for !bytes.Contains(data, []byte("\n")) {
		n, err := c.Read(buf)
		if err != nil {
			fmt.Println("read:", err)
			break
		}
		data = append(data, buf[:n]...)
	}
	fmt.Printf("with the protocol: %q\n", data)
	c.Close()
}
