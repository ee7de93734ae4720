// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = net.Dial("tcp", addr)
	fmt.Println(err)
	var oe *net.OpError
	if errors.As(err, &oe) {
		fmt.Println("op:", oe.Op, "net:", oe.Net, "addr:", oe.Addr)
	}
	op, ok := err.(*net.OpError)
	fmt.Println(ok, op.Op)
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne.Timeout())
	_, err = net.Dial("tcp", "no port here")
	fmt.Println(err)
	_, err = net.Listen("tcp", "127.0.0.1:99999")
	fmt.Println(err)
}
