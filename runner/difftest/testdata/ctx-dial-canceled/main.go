// difftest: same
package main

// net.Dialer and net.ListenConfig under a context: a listener made with
// ListenConfig.Listen, a dial whose context is already canceled, one whose
// deadline has passed, and an Accept ended by context.AfterFunc closing
// the listener. Addresses are cut out of the errors' text.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	clean := func(err error) string { return strings.ReplaceAll(err.Error(), addr, "ADDR") }

	var d net.Dialer
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = d.DialContext(ctx, "tcp", addr)
	fmt.Println(clean(err))
	fmt.Println("canceled:", errors.Is(err, context.Canceled))
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op, op.Net)

	ctx2, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	_, err = d.DialContext(ctx2, "tcp", addr)
	fmt.Println(clean(err))
	var ne net.Error
	fmt.Println("deadline:", errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout())

	ctx3, cancel3 := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx3, func() { ln.Close() })
	defer stop()
	accepted := make(chan error)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			c.Close()
			c, err = ln.Accept()
		}
		accepted <- err
	}()
	c, err := d.DialContext(context.Background(), "tcp", addr)
	if err != nil {
		panic(err)
	}
	c.Close()
	cancel3()
	err = <-accepted
	fmt.Println("accept:", errors.Is(err, net.ErrClosed), clean(err))
}
