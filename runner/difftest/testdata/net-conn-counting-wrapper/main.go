// difftest: same
package main

// A net.Conn wrapped in a struct that counts the bytes read and written,
// used by io.Copy on the server side and by bufio on the client's.

import (
	"bufio"
	"fmt"
	"io"
	"net"
)

// countingConn counts the bytes read and written through a net.Conn.
type countingConn struct {
	net.Conn
	read, written int
}

func (c *countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.read += n
	return n, err
}

func (c *countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.written += n
	return n, err
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan *countingConn)
	go func() {
		raw, err := ln.Accept()
		if err != nil {
			return
		}
		c := &countingConn{Conn: raw}
		io.Copy(c, c)
		c.Close()
		done <- c
	}()
	raw, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	var conn net.Conn = &countingConn{Conn: raw}
	fmt.Fprintln(conn, "ping one")
	fmt.Fprintln(conn, "ping two")
	r := bufio.NewReader(conn)
	for i := 0; i < 2; i++ {
		line, _ := r.ReadString('\n')
		fmt.Print("echo: ", line)
	}
	conn.(*countingConn).Conn.(*net.TCPConn).CloseWrite()
	s := <-done
	cc := conn.(*countingConn)
	fmt.Println("server read", s.read, "wrote", s.written)
	fmt.Println("client read", cc.read, "wrote", cc.written)
	fmt.Printf("%T %T\n", conn, cc.Conn)
	conn.Close()
}
