// difftest: same
package main

// A write deadline: a peer that never reads lets the kernel's buffers fill,
// and the next write waits until its deadline, failing with a timeout
// after writing part of the data; a deadline in the past fails at once,
// and the zero time clears it.

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
	hold := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			hold <- c // keep it open, never read
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	peer := <-hold
	defer peer.Close()

	c.SetWriteDeadline(time.Now().Add(-time.Second))
	n, err := c.Write([]byte("late"))
	fmt.Println(n, err)
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded))

	c.SetWriteDeadline(time.Time{})
	n, err = c.Write([]byte("on time"))
	fmt.Println(n, err)

	chunk := make([]byte, 1<<20)
	total := 0
	c.SetWriteDeadline(time.Now().Add(200 * time.Millisecond))
	for i := 0; i < 64; i++ {
		n, err = c.Write(chunk)
		total += n
		if err != nil {
			break
		}
	}
	var ne net.Error
	fmt.Println("stopped by the deadline:", errors.As(err, &ne) && ne.Timeout())
	fmt.Println("wrote some but not all:", total > 0 && total < 64<<20)
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println(op.Op, op.Net)
	}
}
