// difftest: same
package main

import (
	"fmt"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	fmt.Println("connecting")
	c := sock.Dial(addr)
	fmt.Println("never", c)
}
