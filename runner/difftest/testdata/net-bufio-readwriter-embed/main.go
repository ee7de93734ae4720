// difftest: same
package main

// A client struct embedding *bufio.ReadWriter, whose promoted methods
// read and write the connection, and a peer embedding both net.Conn and
// *bufio.Reader, whose ambiguous Read neither side calls.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
)

type Client struct {
	*bufio.ReadWriter
	conn net.Conn
	name string
}

func NewClient(c net.Conn, name string) *Client {
	return &Client{bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c)), c, name}
}

func (c *Client) Send(format string, args ...any) error {
	if _, err := fmt.Fprintf(c, format+"\n", args...); err != nil {
		return err
	}
	return c.Flush()
}

func (c *Client) Recv() (string, error) {
	s, err := c.ReadString('\n')
	return strings.TrimSuffix(s, "\n"), err
}

type Peer struct {
	net.Conn
	*bufio.Reader
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		p := Peer{c, bufio.NewReader(c)}
		defer p.Close()
		for {
			line, err := p.ReadString('\n')
			if err != nil {
				return
			}
			fmt.Fprintf(p, "[%d] %s", len(line)-1, line)
			p.Write([]byte("--\n"))
		}
	}()
	conn, _ := net.Dial("tcp", ln.Addr().String())
	cl := NewClient(conn, "me")
	for _, m := range []string{"alpha", "be"} {
		cl.Send("%s says %s", cl.name, m)
		a, _ := cl.Recv()
		b, _ := cl.Recv()
		fmt.Println(a, b)
	}
	cl.WriteString("direct\n")
	cl.Flush()
	line, err := cl.Reader.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, cl.Reader.Buffered())
	cl.conn.Close()
}
