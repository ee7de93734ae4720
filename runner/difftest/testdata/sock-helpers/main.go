// difftest: same
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:0")
	defer ln.Close()
	go func() {
		conn, _ := ln.Accept()
		defer conn.Close()
		for {
			line, ok := conn.RecvLine()
			if !ok {
				return
			}
			conn.SendLine("echo " + line)
		}
	}()
	c := sock.Dial(ln.Addr().String())
	for _, m := range []string{"one", "two"} {
		c.SendLine(m)
		reply, ok := c.RecvLine()
		fmt.Println(reply, ok)
	}
	c.Close()
}
