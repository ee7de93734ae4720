// difftest: same
package main

// A connection that counts its bytes: a struct that embeds net.Conn and
// overrides Read and Write, handed to bufio, fmt and io.Copy as any
// net.Conn would be.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
	"sync/atomic"
)

type countingConn struct {
	net.Conn
	read, written atomic.Int64
}

func (c *countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.read.Add(int64(n))
	return n, err
}

func (c *countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.written.Add(int64(n))
	return n, err
}

func (c *countingConn) String() string {
	return fmt.Sprintf("%d bytes in, %d bytes out", c.read.Load(), c.written.Load())
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	stats := make(chan string)
	go func() {
		raw, err := ln.Accept()
		if err != nil {
			return
		}
		c := &countingConn{Conn: raw}
		io.Copy(c, c) // echo until the client half-closes
		c.Close()
		stats <- c.String()
	}()
	raw, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	c := &countingConn{Conn: raw}
	var conn net.Conn = c
	fmt.Fprintf(conn, "%s\n", strings.Repeat("ab", 50))
	w := bufio.NewWriter(conn)
	w.WriteString("buffered line\n")
	w.Flush()
	c.Conn.(*net.TCPConn).CloseWrite()
	sc := bufio.NewScanner(conn)
	for sc.Scan() {
		fmt.Println(len(sc.Text()), "bytes back")
	}
	fmt.Println("server:", <-stats)
	fmt.Println("client:", c)
	fmt.Println(conn.RemoteAddr().String() == ln.Addr().String())
}
