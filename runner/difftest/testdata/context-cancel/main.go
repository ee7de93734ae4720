// difftest: same
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(out)
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	go worker(ctx, out)
	for v := range out {
		if v == 5 {
			cancel()
			break
		}
	}
	fmt.Println("err:", ctx.Err())
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println("err:", tctx.Err())
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))

	vctx := context.WithValue(context.Background(), "user", "ann")
	fmt.Println(vctx.Value("user"), vctx.Value("other"))
}
