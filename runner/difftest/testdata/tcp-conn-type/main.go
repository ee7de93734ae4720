// difftest: same
package main

import (
	"bufio"
	"fmt"
	"net"
)

// A script that looks at its connections' type gets Go's own, though
// socklab watches receives for its hints.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		fmt.Fprintln(c, "hello")
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	fmt.Printf("%T\n", c)
	tcp, ok := c.(*net.TCPConn)
	fmt.Println(ok, tcp.SetKeepAlive(true) == nil)
	line, err := bufio.NewReader(c).ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
