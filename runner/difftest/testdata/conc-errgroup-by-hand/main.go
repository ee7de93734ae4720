// difftest: same
package main

// An errgroup written by hand: the first error, kept by a sync.Once,
// cancels the context the other goroutines wait on.

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  func()
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var errBad = errors.New("bad item")

func main() {
	g, ctx := WithContext(context.Background())
	start := make(chan struct{})
	for i := 0; i < 5; i++ {
		g.Go(func() error {
			if i == 3 {
				return fmt.Errorf("item %d: %w", i, errBad)
			}
			<-start
			<-ctx.Done()
			return ctx.Err()
		})
	}
	close(start)
	err := g.Wait()
	fmt.Println(err, errors.Is(err, errBad), ctx.Err())
}
