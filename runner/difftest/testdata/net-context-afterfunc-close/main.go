// difftest: same
package main

// context.AfterFunc closes the listener when the server's context ends,
// and sets a connection's read deadline when its own timeout passes.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync/atomic"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	var served atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, func() { ln.Close() })
	defer stop()
	done := make(chan error)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				done <- err
				return
			}
			served.Add(1)
			go func() {
				defer c.Close()
				cctx, ccancel := context.WithTimeout(ctx, 50*time.Millisecond)
				defer ccancel()
				context.AfterFunc(cctx, func() { c.SetReadDeadline(time.Now()) })
				buf := make([]byte, 8)
				_, err := c.Read(buf)
				fmt.Fprintf(c, "server read err deadline=%v\n", errors.Is(err, context.DeadlineExceeded) || isTimeout(err))
			}()
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	buf := make([]byte, 64)
	n, _ := c.Read(buf)
	fmt.Print(string(buf[:n]))
	c.Close()
	cancel()
	err := <-done
	fmt.Println(errors.Is(err, net.ErrClosed), served.Load(), context.Cause(ctx))
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
