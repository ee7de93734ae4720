// want 15:13 panic: client 127\.0\.0\.1:\d+: index out of range \[1\] with length 1 \(the server goes on\)
// status 0: the server recovers a handler's panic and goes on, as net/http does
package main

import (
	"fmt"
	"strings"

	"github.com/socklab/socklab/stdlib/sock"
)

func handle(c *sock.Conn) {
	line, _ := c.RecvLine()
	parts := strings.Split(line, " ")
	c.SendLine(parts[1])
}

func main() {
	ln := sock.Listen("127.0.0.1:0")
	go ln.ServeConcurrently(handle)
	c := sock.Dial(ln.Addr().String())
	c.SendLine("GUESS")
	_, ok := c.RecvLine()
	fmt.Println("server closed:", !ok)
}
