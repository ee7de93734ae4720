// difftest: same
package main

// The context package's examples: WithCancel stopping a generator
// goroutine, WithDeadline and WithTimeout with select, WithValue with a
// key type of its own, WithCancelCause and Cause, AfterFunc, and
// WithoutCancel.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type favContextKey string

func gen(ctx context.Context) <-chan int {
	dst := make(chan int)
	n := 1
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case dst <- n:
				n++
			}
		}
	}()
	return dst
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	for n := range gen(ctx) {
		fmt.Println(n)
		if n == 5 {
			break
		}
	}
	cancel()
	fmt.Println(ctx.Err())

	d := time.Now().Add(20 * time.Millisecond)
	ctx, cancel = context.WithDeadline(context.Background(), d)
	defer cancel()
	select {
	case <-time.After(2 * time.Second):
		fmt.Println("overslept")
	case <-ctx.Done():
		fmt.Println(ctx.Err())
	}
	_, has := ctx.Deadline()
	fmt.Println(has)

	ctx2, cancel2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel2()
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))

	f := func(ctx context.Context, k favContextKey) {
		if v := ctx.Value(k); v != nil {
			fmt.Println("found value:", v)
			return
		}
		fmt.Println("key not found:", k)
	}
	k := favContextKey("language")
	vctx := context.WithValue(context.Background(), k, "Go")
	f(vctx, k)
	f(vctx, favContextKey("color"))
	fmt.Println(vctx.Value("language"))

	cctx, ccancel := context.WithCancelCause(context.Background())
	ccancel(errors.New("shutting down"))
	fmt.Println(cctx.Err(), context.Cause(cctx))

	actx, acancel := context.WithCancel(context.Background())
	done := make(chan string, 1)
	stop := context.AfterFunc(actx, func() { done <- "AfterFunc ran" })
	acancel()
	fmt.Println(<-done, stop())

	parent, pcancel := context.WithCancel(vctx)
	detached := context.WithoutCancel(parent)
	pcancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Value(k))
}
