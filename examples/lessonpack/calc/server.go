//go:build ignore

// The calculator server: it answers each request line of each client.
package main

import (
	"fmt"

	"github.com/socklab/socklab/examples/lessonpack/calc/proto"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:5050")
	fmt.Println("Calculator listening on 127.0.0.1:5050; Ctrl-C stops it.")
	ln.Serve(func(conn *sock.Conn) {
		fmt.Println("Connected to:", conn.RemoteAddr())
		for {
			line, ok := conn.RecvLine()
			if !ok {
				return // the client has gone
			}
			req, err := proto.Parse(line)
			if err != nil {
				conn.SendLine("ERR " + err.Error())
				continue
			}
			conn.SendLine(proto.Answer(req))
		}
	})
}
