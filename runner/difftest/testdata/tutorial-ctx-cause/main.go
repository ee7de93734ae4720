// difftest: same
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

var ErrShutdown = errors.New("server shutting down")

type ctxKey string

func worker(ctx context.Context, id int, out chan<- string) {
	select {
	case <-ctx.Done():
		out <- fmt.Sprintf("worker %d (%v): %v / %v", id, ctx.Value(ctxKey("req")), ctx.Err(), context.Cause(ctx))
	case <-time.After(2 * time.Second):
		out <- "too slow"
	}
}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	ctx = context.WithValue(ctx, ctxKey("req"), "r-17")
	out := make(chan string)
	for i := range 3 {
		go worker(ctx, i, out)
	}
	cancel(ErrShutdown)
	res := make([]string, 0, 3)
	for range 3 {
		res = append(res, <-out)
	}
	for i := range 3 {
		for _, r := range res {
			if r[7] == byte('0'+i) {
				fmt.Println(r)
			}
		}
	}
	tctx, tcancel := context.WithTimeoutCause(context.Background(), 20*time.Millisecond, errors.New("dial budget spent"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), "|", context.Cause(tctx), errors.Is(tctx.Err(), context.DeadlineExceeded))
	var d net.Dialer
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dctx, dcancel := context.WithCancel(context.Background())
	dcancel()
	_, err := d.DialContext(dctx, "tcp", ln.Addr().String())
	fmt.Println(errors.Is(err, context.Canceled))
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println(op.Op, op.Net, op.Err)
	}
	stop := context.AfterFunc(ctx, func() { fmt.Println("after func ran") })
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop:", stop())
	c, _ := net.Dial("tcp", ln.Addr().String())
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(make([]byte, 1))
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded), err.(net.Error).Timeout())
	wc := context.WithoutCancel(ctx)
	fmt.Println(wc.Err(), wc.Value(ctxKey("req")))
	ln.Close()
}
