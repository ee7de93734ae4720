//go:build ignore

// lines counts the lines the server at os.Args[1] sends, with RecvLine.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial(os.Args[1])
	count := 0
	for {
		_, ok := conn.RecvLine()
		if !ok {
			break
		}
		count++
	}
	conn.Close()
	fmt.Println(count)
}
