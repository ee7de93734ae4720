// difftest: same
package main

// A client whose connection was never made (the dial's error dropped) is
// described under a recover, where calling a method of the nil net.Conn
// fails with Go's nil dereference, and the recovered error is printed.

import (
	"fmt"
	"net"
)

type Client struct {
	name string
	conn net.Conn
}

func (c *Client) describe() (s string) {
	defer func() {
		if r := recover(); r != nil {
			err, isErr := r.(error)
			s = fmt.Sprint("cannot describe ", c.name, ": ", r, " ", isErr && err != nil)
		}
	}()
	return c.name + " at " + c.conn.RemoteAddr().String()
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	conn, _ := net.Dial("tcp", addr)
	c := &Client{name: "late", conn: conn}
	fmt.Println(conn == nil)
	fmt.Println(c.describe())
}
