//go:build ignore

package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial("127.0.0.1:12345")
	line, _ := conn.RecvLine()
	fmt.Println(line)
}
