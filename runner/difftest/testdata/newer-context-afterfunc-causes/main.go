// difftest: same
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errShutdown)
	fmt.Println(ctx.Err(), context.Cause(ctx), errors.Is(context.Cause(ctx), errShutdown))

	parent, stop := context.WithCancel(context.Background())
	detached := context.WithoutCancel(parent)
	done := make(chan struct{})
	unregister := context.AfterFunc(parent, func() { fmt.Println("after func ran"); close(done) })
	stop()
	<-done
	fmt.Println("parent:", parent.Err(), "detached:", detached.Err(), detached.Done() == nil)
	fmt.Println("unregister after run:", unregister())

	c2, stop2 := context.WithCancel(context.Background())
	never := context.AfterFunc(c2, func() { fmt.Println("never") })
	fmt.Println("unregister before:", never())
	stop2()

	dctx, dcancel := context.WithDeadlineCause(context.Background(), time.Now().Add(20*time.Millisecond), errors.New("too slow"))
	defer dcancel()
	<-dctx.Done()
	fmt.Println(dctx.Err(), context.Cause(dctx))

	tctx, tcancel := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("timeout cause"))
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), context.Cause(tctx), errors.Is(tctx.Err(), context.DeadlineExceeded))

	type key string
	vctx := context.WithValue(detached, key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("none")))
	ticks := 0
	for range time.Tick(5 * time.Millisecond) {
		ticks++
		if ticks == 3 {
			break
		}
	}
	fmt.Println("ticks:", ticks)
}
