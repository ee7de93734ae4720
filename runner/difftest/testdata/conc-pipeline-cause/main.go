// difftest: same
package main

// A three-stage pipeline (generate, square, fan-in of two filters) torn
// down by context.WithCancelCause; context.Cause, errors.Is, AfterFunc and
// WithValue with a private key type.

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type ctxKey string

var errEnough = errors.New("enough values")

func gen(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func merge(ctx context.Context, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	base := context.WithValue(context.Background(), ctxKey("run"), "pipeline-7")
	ctx, cancel := context.WithCancelCause(base)
	stopped := make(chan struct{})
	stop := context.AfterFunc(ctx, func() { close(stopped) })
	defer stop()

	src := gen(ctx, 1000)
	a, b := square(ctx, src), square(ctx, src)
	var got []int
	for v := range merge(ctx, a, b) {
		got = append(got, v)
		if len(got) == 6 {
			cancel(errEnough)
			break
		}
	}
	<-stopped
	sort.Ints(got)
	fmt.Println("run:", ctx.Value(ctxKey("run")), "other:", ctx.Value(ctxKey("x")))
	squares := 0
	for _, v := range got {
		for r := 1; r*r <= v; r++ {
			if r*r == v {
				squares++
			}
		}
	}
	fmt.Println("got", len(got), "values,", squares, "squares, ascending", sort.IntsAreSorted(got))
	fmt.Println("err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	fmt.Println(errors.Is(ctx.Err(), context.Canceled), errors.Is(context.Cause(ctx), errEnough))
	fmt.Println("stop after fire:", stop())
}
