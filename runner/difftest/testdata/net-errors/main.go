// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	_, err = net.Listen("tcp", addr)
	fmt.Println(err)
	var oe *net.OpError
	fmt.Println(errors.As(err, &oe), oe.Op, oe.Net, oe.Addr.String() == addr)
	ln.Close()
	_, err = net.DialTimeout("tcp", addr, time.Second)
	fmt.Println(err)
	fmt.Println(strings.HasSuffix(err.Error(), "connection refused"))
	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1:http-alt-nonsense")
	fmt.Println(err != nil)
	_, err = net.ResolveTCPAddr("tcp", "127.0.0.1:x")
	fmt.Println(err)
	_, err = net.Dial("udp", "[::1]:bad")
	fmt.Println(err)
}
