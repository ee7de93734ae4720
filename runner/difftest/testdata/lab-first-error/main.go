// difftest: same
package main

// Checking several servers at once and stopping at the first failure: each
// check runs on a goroutine with a shared context; the first error cancels
// the rest (as golang.org/x/sync/errgroup does, written with the standard
// library), and the program reports which server failed.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"
)

type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func withContext(ctx context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func check(ctx context.Context, name, addr string) error {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	defer c.Close()
	buf := make([]byte, 2)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.Read(buf); err != nil || string(buf) != "OK" {
		return fmt.Errorf("%s: no OK (%q, %v)", name, buf, err)
	}
	return nil
}

func okServer() (string, func()) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Write([]byte("OK"))
			c.Close()
		}
	}()
	return ln.Addr().String(), func() { ln.Close() }
}

func main() {
	a, stopA := okServer()
	defer stopA()
	b, stopB := okServer()
	defer stopB()
	dead, stopDead := okServer()
	stopDead()

	g, ctx := withContext(context.Background())
	for name, addr := range map[string]string{"web": a, "mail": b} {
		g.Go(func() error { return check(ctx, name, addr) })
	}
	fmt.Println("all up:", g.Wait())

	g, ctx = withContext(context.Background())
	g.Go(func() error { return check(ctx, "web", a) })
	g.Go(func() error { return check(ctx, "backup", dead) })
	err := g.Wait()
	fmt.Println("failed:", err)
	var op *net.OpError
	fmt.Println("a dial error:", errors.As(err, &op), op.Op, "cancelled after:", ctx.Err())
}
