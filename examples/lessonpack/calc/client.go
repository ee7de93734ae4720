//go:build ignore

// The calculator client: it sends each expression the user types and prints
// the server's answer, until the end of input (Ctrl-D).
package main

import (
	"fmt"

	"github.com/socklab/socklab/examples/lessonpack/calc/proto"
	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:5050")
	defer conn.Close()
	for {
		req, err := proto.FromExpression(console.Input("Expression (like 2 + 3): "))
		if err != nil {
			fmt.Println(err)
			continue
		}
		conn.SendLine(proto.Format(req))
		reply, ok := conn.RecvLine()
		if !ok {
			fmt.Println("The server has gone.")
			return
		}
		fmt.Println(reply)
	}
}
