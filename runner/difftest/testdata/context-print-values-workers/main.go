// difftest: same
package main

import (
	"context"
	"fmt"
	"sync"
)

type traceKey int

const (
	traceID traceKey = iota
	spanID
)

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("worker %d trace=%v span=%v err=%v", id, ctx.Value(traceID), ctx.Value(spanID), ctx.Err())
}

func main() {
	root, cancel := context.WithCancel(context.Background())
	ctx := context.WithValue(root, traceID, "t-1")
	ctx = context.WithValue(ctx, spanID, 99)
	fmt.Println(ctx)
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		sub, c := context.WithCancel(ctx)
		defer c()
		go worker(sub, i, out, &wg)
	}
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		n++
		_ = s
	}
	fmt.Println(n, "stopped")
	fmt.Println(context.WithValue(ctx, spanID, 100))
}
