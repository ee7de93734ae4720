// difftest: same
package main

// An accept loop that gives up when nobody comes: the listener's concrete
// type, *net.TCPListener, has SetDeadline, and Accept then fails with a
// timeout that the loop tells from a real error.

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
	tl, ok := ln.(*net.TCPListener)
	if !ok {
		fmt.Printf("not a TCP listener: %T\n", ln)
		return
	}

	go func() {
		for i := 0; i < 2; i++ {
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				return
			}
			fmt.Fprintf(c, "client %d\n", i)
			c.Close()
		}
	}()

	served := 0
	for {
		tl.SetDeadline(time.Now().Add(100 * time.Millisecond))
		c, err := tl.Accept()
		if errors.Is(err, os.ErrDeadlineExceeded) {
			fmt.Println("no client for a while:", err.(net.Error).Timeout())
			break
		}
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		buf := make([]byte, 32)
		n, _ := c.Read(buf)
		fmt.Printf("served %q\n", buf[:n])
		c.Close()
		served++
	}
	fmt.Println("served", served, "clients")
	file, err := tl.File()
	if err == nil {
		fmt.Println("listener has a descriptor:", file.Fd() > 2)
		file.Close()
	}
}
