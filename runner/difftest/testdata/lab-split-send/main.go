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

func server(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Write([]byte("Hello fr"))
		time.Sleep(100 * time.Millisecond)
		c.Write([]byte("om server\n"))
		c.Close()
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go server(ln)

	// The naive client: one Read.
	c, _ := net.Dial("tcp", ln.Addr().String())
	buf := make([]byte, 1024)
	n, _ := c.Read(buf)
	fmt.Printf("one recv: %q\n", buf[:n])
	c.Close()

	// The client with the protocol: read until '\n' is in the data.
	c, _ = net.Dial("tcp", ln.Addr().String())
	var data []byte
	reads := 0
	for !bytes.Contains(data, []byte("\n")) {
		n, err := c.Read(buf)
		if err != nil {
			fmt.Println("read:", err)
			break
		}
		data = append(data, buf[:n]...)
		reads++
	}
	fmt.Printf("with the protocol: %q in %d reads\n", data, reads)
	c.Close()
}
