//go:build ignore

// bulk_net is bulk.go written with Go's net package alone: the speed of
// plain compiled Go.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
)

func main() {
	conn, err := net.Dial("tcp", os.Args[1])
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 65536)
	total := 0
	for {
		n, err := conn.Read(buf)
		total += n
		if err == io.EOF {
			break
		}
		if err != nil {
			panic(err)
		}
	}
	conn.Close()
	fmt.Println(total)
}
