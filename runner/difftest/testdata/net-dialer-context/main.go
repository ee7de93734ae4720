// difftest: same
package main

// net.Dialer with a timeout and a context: a dial whose context is already
// cancelled fails with context.Canceled, one that succeeds reports its local
// address, and a Dialer's LocalAddr fixes the source address.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Write([]byte("hi " + c.RemoteAddr().(*net.TCPAddr).IP.String()))
			c.Close()
		}
	}()

	d := net.Dialer{Timeout: time.Second, KeepAlive: -1}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = d.DialContext(ctx, "tcp", ln.Addr().String())
	fmt.Println(err)
	fmt.Println("canceled:", errors.Is(err, context.Canceled))
	var op *net.OpError
	fmt.Println("op error:", errors.As(err, &op))

	ctx, cancel = context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	c, err := d.DialContext(ctx, "tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 64)
	n, _ := c.Read(buf)
	fmt.Println(string(buf[:n]), c.LocalAddr().Network())
	c.Close()

	local := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}
	d2 := net.Dialer{LocalAddr: local}
	c, err = d2.Dial("tcp4", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	n, _ = c.Read(buf)
	fmt.Println(string(buf[:n]), c.LocalAddr().(*net.TCPAddr).IP)
	c.Close()

	_, err = d.Dial("tcp", "127.0.0.1:99999")
	fmt.Println(err)
}
