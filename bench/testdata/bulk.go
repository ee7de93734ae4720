//go:build ignore

// bulk receives everything the server at os.Args[1] sends, 64 KiB at a time,
// as the seeds' recv(65536) loop does, and prints how many bytes came.
package main

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	conn := sock.Dial(os.Args[1])
	total := 0
	for {
		data := conn.Recv(65536)
		if len(data) == 0 {
			break
		}
		total += len(data)
	}
	conn.Close()
	fmt.Println(total)
}
