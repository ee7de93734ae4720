// want 12:10 connect to 127\.0\.0\.1:1: connection refused
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	fmt.Println("connecting")
	conn := sock.Dial("127.0.0.1:1")
	fmt.Println(conn.RecvLine())
}
