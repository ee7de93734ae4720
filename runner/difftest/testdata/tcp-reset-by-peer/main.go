// difftest: same
package main

// A connection reset: a server that closes its socket with bytes it never
// read makes the kernel send a reset, so the client's next read fails with
// ECONNRESET ("connection reset by peer"), where a plain close gives EOF.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for i := 0; i < 2; i++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			if i == 1 {
				time.Sleep(50 * time.Millisecond) // the client's bytes arrive, unread
			}
			c.Close()
		}
	}()

	polite, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	_, err = polite.Read(make([]byte, 8))
	fmt.Println("plain close:", err, err == io.EOF)
	polite.Close()

	rude, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer rude.Close()
	rude.Write([]byte("data the server never reads"))
	rude.SetReadDeadline(time.Now().Add(2 * time.Second))
	_, err = rude.Read(make([]byte, 8))
	fmt.Println("reset:", errors.Is(err, syscall.ECONNRESET))
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println(op.Op, op.Err)
	}
}
