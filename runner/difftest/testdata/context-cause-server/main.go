// difftest: same
package main

// Why a connection's work stopped: the server cancels each connection's
// context with a cause (context.WithCancelCause), context.AfterFunc closes
// the connection when that happens, and the handler reports
// context.Cause; a timeout's cause comes from WithTimeoutCause.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"time"
)

var errShutdown = errors.New("server shutting down")

func handle(ctx context.Context, c net.Conn) string {
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	sc := bufio.NewScanner(c)
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Fprintf(c, "ok %d\n", lines)
	}
	return fmt.Sprintf("after %d lines: %v (cause: %v)", lines, ctx.Err(), context.Cause(ctx))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	ctx, cancel := context.WithCancelCause(context.Background())
	result := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			result <- handle(ctx, c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for i := 0; i < 2; i++ {
		fmt.Fprintln(c, "work")
		line, _ := r.ReadString('\n')
		fmt.Print(line)
	}
	cancel(errShutdown)
	fmt.Println(<-result)
	fmt.Println(errors.Is(context.Cause(ctx), errShutdown))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("client too slow"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx))
	detached := context.WithoutCancel(ctx)
	fmt.Println(detached.Err(), context.Cause(detached))
}
