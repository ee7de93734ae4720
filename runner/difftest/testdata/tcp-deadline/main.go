// difftest: same
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	read := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			<-read // the server sends nothing, and closes only after the read timed out
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	_, err = c.Read(make([]byte, 1))
	close(read)
	var ne net.Error
	if errors.As(err, &ne) {
		fmt.Println("timeout:", ne.Timeout())
	}
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded))
	fmt.Println(err)
}
