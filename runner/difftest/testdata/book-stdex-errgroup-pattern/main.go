// difftest: same
package main

// The pattern of golang.org/x/sync/errgroup, written with the standard
// library as a student would: a Group whose Go runs functions on
// goroutines and whose Wait returns the first error, with a context
// cancelled on that error; then the parallel pipeline of MD5 sums of
// in-memory files from errgroup's example, bounded by a semaphore.

import (
	"context"
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Group struct {
	cancel  func(error)
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	sem     chan struct{}
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) SetLimit(n int) { g.sem = make(chan struct{}, n) }

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(g.err)
				}
			})
		}
	}()
}

func (g *Group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

var files = map[string]string{
	"a.txt": "alpha",
	"b.txt": "bravo",
	"c.txt": "charlie",
	"d.txt": "delta",
}

type result struct {
	path string
	sum  [md5.Size]byte
}

func MD5All(ctx context.Context) (map[string][md5.Size]byte, error) {
	g, ctx := WithContext(ctx)
	paths := make(chan string)
	g.Go(func() error {
		defer close(paths)
		names := make([]string, 0, len(files))
		for name := range files {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			select {
			case paths <- name:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	c := make(chan result)
	var workers sync.WaitGroup
	for i := 0; i < 2; i++ {
		workers.Add(1)
		g.Go(func() error {
			defer workers.Done()
			for path := range paths {
				select {
				case c <- result{path, md5.Sum([]byte(files[path]))}:
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	go func() {
		workers.Wait()
		close(c)
	}()
	m := make(map[string][md5.Size]byte)
	for r := range c {
		m[r.path] = r.sum
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return m, nil
}

func main() {
	m, err := MD5All(context.Background())
	if err != nil {
		fmt.Println(err)
		return
	}
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s %x\n", k, m[k])
	}

	g, ctx := WithContext(context.Background())
	g.SetLimit(2)
	for i := 0; i < 4; i++ {
		g.Go(func() error {
			if i == 2 {
				return fmt.Errorf("task %d failed", i)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(i) * 5 * time.Millisecond):
				return nil
			}
		})
	}
	err = g.Wait()
	fmt.Println(err, errors.Is(context.Cause(ctx), err), ctx.Err())

	var g2 Group
	for i := 0; i < 3; i++ {
		g2.Go(func() error { return nil })
	}
	fmt.Println(g2.Wait())
}
