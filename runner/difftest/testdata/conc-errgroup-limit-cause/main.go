// difftest: same

// A hand-written errgroup with a limit of goroutines, its first error the
// cause of its context's cancellation.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	sem  chan struct{}
	once sync.Once
	err  error
	ctx  context.Context
	stop context.CancelCauseFunc
}

func New(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, stop := context.WithCancelCause(ctx)
	return &Group{sem: make(chan struct{}, limit), ctx: ctx, stop: stop}, ctx
}

func (g *Group) Go(f func(context.Context) error) {
	g.sem <- struct{}{}
	g.wg.Add(1)
	go func() {
		defer func() { <-g.sem; g.wg.Done() }()
		if err := f(g.ctx); err != nil {
			g.once.Do(func() { g.err = err; g.stop(err) })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.stop(nil)
	return g.err
}

type NotFound struct{ Name string }

func (n *NotFound) Error() string { return n.Name + " not found" }

func main() {
	g, ctx := New(context.Background(), 2)
	var mu sync.Mutex
	seen := map[string]bool{}
	for _, name := range []string{"a", "b", "missing", "c"} {
		g.Go(func(ctx context.Context) error {
			if name == "missing" {
				return &NotFound{name}
			}
			mu.Lock()
			seen[name] = true
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	var nf *NotFound
	fmt.Println(err, errors.As(err, &nf), nf.Name)
	fmt.Println(ctx.Err(), context.Cause(ctx) == err)
	fmt.Println(seen["a"], seen["b"])
	g2, ctx2 := New(context.Background(), 1)
	g2.Go(func(context.Context) error { return nil })
	fmt.Println(g2.Wait(), ctx2.Err(), context.Cause(ctx2))
}
