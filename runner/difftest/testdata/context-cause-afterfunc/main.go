// difftest: same

package main

// time.AfterFunc and context's newer functions: WithCancelCause,
// AfterFunc, WithTimeoutCause, WithoutCancel and a deadline already past.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	t := time.AfterFunc(20*time.Millisecond, func() { done <- "fired" })
	fmt.Println(<-done, t.Stop())
	t2 := time.AfterFunc(time.Hour, func() {})
	fmt.Println(t2.Stop(), t2.Reset(time.Millisecond))
	ctx, cancel := context.WithCancelCause(context.Background())
	stop := context.AfterFunc(ctx, func() { done <- "ctx done" })
	cancel(errors.New("peer hung up"))
	fmt.Println(<-done, stop())
	fmt.Println(ctx.Err(), context.Cause(ctx))
	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("too slow"))
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2), errors.Is(ctx2.Err(), context.DeadlineExceeded))
	ctx3 := context.WithoutCancel(ctx)
	fmt.Println(ctx3.Err(), ctx3.Done() == nil)
	ctx4, c4 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer c4()
	fmt.Println(ctx4.Err())
}
