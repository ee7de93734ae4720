// difftest: same
package main

// A student's connection type: a struct that embeds net.Conn, adds the
// client's name and counts the bytes written by overriding Write. fmt,
// bufio and io.Copy take it as the reader and writer it is.

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
)

type Client struct {
	net.Conn
	Name    string
	written int
}

func (c *Client) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.written += n
	return n, err
}

func (c *Client) String() string {
	return fmt.Sprintf("client %s (%d bytes out)", c.Name, c.written)
}

func serve(conn net.Conn) {
	c := &Client{Conn: conn}
	defer c.Close()
	r := bufio.NewReader(c)
	name, _ := r.ReadString('\n')
	c.Name = strings.TrimSpace(name)
	fmt.Fprintf(c, "welcome %s\n", c.Name)
	io.WriteString(c, "type lines, an empty one ends\n")
	for {
		line, err := r.ReadString('\n')
		if err != nil || line == "\n" {
			break
		}
		fmt.Fprint(c, strings.ToUpper(line))
	}
	fmt.Fprintln(c, c)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		conn, err := ln.Accept()
		if err == nil {
			serve(conn)
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	me := &Client{Conn: conn, Name: "zoe"}
	fmt.Fprintln(me, me.Name)
	io.Copy(me, strings.NewReader("first line\nsecond line\n\n"))
	reply, _ := io.ReadAll(me)
	fmt.Print(string(reply))
	fmt.Println(me)
	fmt.Println("remote is local:", me.RemoteAddr().String() == ln.Addr().String())
}
