// difftest: same
// Go by Example, Timeouts, with contexts: select against time.After,
// context.WithTimeout and WithCancelCause, and the errors a cancelled
// context reports.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "finished", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		c1 <- "result 1"
	}()
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	c2 := make(chan string, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c2 <- "result 2"
	}()
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	r, err := slow(ctx, 300*time.Millisecond)
	fmt.Printf("%q %v %v\n", r, err, errors.Is(err, context.DeadlineExceeded))
	ctx2, cancel2 := context.WithTimeout(context.Background(), 500*time.Millisecond)
	r, err = slow(ctx2, 5*time.Millisecond)
	cancel2()
	fmt.Printf("%q %v %v\n", r, err, ctx2.Err())
	ctx3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	_, err = slow(ctx3, time.Second)
	fmt.Println(err, context.Cause(ctx3))
	ctx4, cancel4 := context.WithCancelCause(context.Background())
	cancel4(errors.New("shutting down"))
	fmt.Println(ctx4.Err(), context.Cause(ctx4))
}
