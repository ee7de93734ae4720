// difftest: same
package main

// Go by Example, Context: work that stops when its context's deadline
// passes or it is cancelled, values carried by a context, and the
// cause of a cancellation.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func slowWork(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("slow work: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	fmt.Println(slowWork(ctx, time.Millisecond))
	err := slowWork(ctx, 2*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	_, has := ctx.Deadline()
	fmt.Println("has deadline:", has, ctx.Err())

	ctx2, cancel2 := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- slowWork(ctx2, time.Hour) }()
	cancel2()
	err = <-done
	fmt.Println(err, errors.Is(err, context.Canceled))

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("client went away"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3))

	vctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	vctx = context.WithValue(vctx, ctxKey("trace"), 42)
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("trace")), vctx.Value(ctxKey("none")))
	fmt.Println(vctx.Value("user"))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	ran := make(chan struct{})
	stop := context.AfterFunc(child, func() {
		fmt.Println("after func ran")
		close(ran)
	})
	_ = stop
	pcancel()
	<-child.Done()
	<-ran
	fmt.Println("child:", child.Err())
	fmt.Println(context.Background(), context.TODO())
	wctx := context.WithoutCancel(child)
	fmt.Println(wctx.Err(), wctx.Done() == nil)
}
