// difftest: same
package main

// A generic worker pool whose results come back in the order of the
// inputs, by index, with the errors of its tasks joined.

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Task[In, Out any] struct {
	Index int
	Input In
}

type Outcome[Out any] struct {
	Index int
	Val   Out
	Err   error
}

type Pool[In, Out any] struct {
	fn      func(context.Context, In) (Out, error)
	workers int
	tasks   chan Task[In, Out]
	results chan Outcome[Out]
	wg      sync.WaitGroup
}

func NewPool[In, Out any](workers int, fn func(context.Context, In) (Out, error)) *Pool[In, Out] {
	return &Pool[In, Out]{fn: fn, workers: workers, tasks: make(chan Task[In, Out]), results: make(chan Outcome[Out])}
}

func (p *Pool[In, Out]) worker(ctx context.Context) {
	defer p.wg.Done()
	for t := range p.tasks {
		v, err := p.fn(ctx, t.Input)
		p.results <- Outcome[Out]{t.Index, v, err}
	}
}

func (p *Pool[In, Out]) Run(ctx context.Context, ins []In) ([]Out, error) {
	for i := 0; i < p.workers; i++ {
		p.wg.Add(1)
		go p.worker(ctx)
	}
	go func() {
		for i, in := range ins {
			p.tasks <- Task[In, Out]{i, in}
		}
		close(p.tasks)
	}()
	go func() { p.wg.Wait(); close(p.results) }()
	outs := make([]Out, len(ins))
	var errs []error
	for o := range p.results {
		if o.Err != nil {
			errs = append(errs, fmt.Errorf("task %d: %w", o.Index, o.Err))
			continue
		}
		outs[o.Index] = o.Val
	}
	if len(errs) > 1 {
		return outs, fmt.Errorf("%d tasks failed", len(errs))
	}
	return outs, errors.Join(errs...)
}

var errOdd = errors.New("odd length")

func main() {
	p := NewPool(3, func(_ context.Context, s string) (int, error) {
		if s == "bad" {
			return 0, errOdd
		}
		return len(s), nil
	})
	outs, err := p.Run(context.Background(), []string{"go", "rust", "bad", "zig"})
	fmt.Println(outs, err, errors.Is(err, errOdd))
	q := NewPool(2, func(_ context.Context, n int) (float64, error) { return float64(n) / 2, nil })
	fo, err := q.Run(context.Background(), []int{1, 2, 3})
	fmt.Println(fo, err)
}
