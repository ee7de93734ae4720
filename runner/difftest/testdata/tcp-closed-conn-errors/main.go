// difftest: same
package main

// What each end sees after a close: reads on a connection the program
// closed itself fail with net.ErrClosed ("use of closed network
// connection"), a second Close fails too, the peer reads EOF, and a write
// to a peer that has gone away fails once the reset comes back.

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			accepted <- c
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	peer := <-accepted

	c.Close()
	_, err = c.Read(make([]byte, 1))
	fmt.Println(errors.Is(err, net.ErrClosed), strings.Contains(err.Error(), "use of closed network connection"))
	_, err = c.Write([]byte("x"))
	fmt.Println(errors.Is(err, net.ErrClosed))
	fmt.Println("second close:", c.Close() != nil, errors.Is(c.Close(), net.ErrClosed))
	fmt.Println("deadline on a closed conn:", errors.Is(c.SetDeadline(time.Now()), net.ErrClosed))

	_, err = peer.Read(make([]byte, 1))
	fmt.Println("peer reads:", err == io.EOF)
	var werr error
	for i := 0; i < 50 && werr == nil; i++ {
		_, werr = peer.Write([]byte("anyone there?"))
		time.Sleep(2 * time.Millisecond)
	}
	fmt.Println("peer's write fails:", werr != nil, errors.Is(werr, syscall.EPIPE) || errors.Is(werr, syscall.ECONNRESET))
	peer.Close()
}
