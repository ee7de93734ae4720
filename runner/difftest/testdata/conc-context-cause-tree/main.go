// difftest: same

// A tree of contexts cancelled with causes: WithCancelCause,
// WithDeadlineCause, WithTimeoutCause and AfterFunc, each child's Cause
// after its parent's.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

var (
	ErrShutdown = errors.New("shutdown requested")
	ErrSlow     = errors.New("too slow")
)

type stage struct {
	name string
	ctx  context.Context
}

func main() {
	root, cancelRoot := context.WithCancelCause(context.Background())
	a, cancelA := context.WithCancel(root)
	defer cancelA()
	b, cancelB := context.WithDeadlineCause(root, time.Now().Add(time.Hour), ErrSlow)
	defer cancelB()
	c, cancelC := context.WithTimeoutCause(a, time.Millisecond, ErrSlow)
	defer cancelC()
	<-c.Done()
	fmt.Println("c:", c.Err(), context.Cause(c), errors.Is(context.Cause(c), ErrSlow))
	fmt.Println("a before:", a.Err(), context.Cause(a))
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, s := range []stage{{"a", a}, {"b", b}} {
		wg.Add(1)
		context.AfterFunc(s.ctx, func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, s.name+":"+context.Cause(s.ctx).Error())
			mu.Unlock()
		})
	}
	cancelRoot(ErrShutdown)
	wg.Wait()
	if len(order) == 2 && order[0] > order[1] {
		order[0], order[1] = order[1], order[0]
	}
	fmt.Println(order)
	fmt.Println(errors.Is(context.Cause(b), ErrShutdown), b.Err() == context.Canceled)
	d, cancelD := context.WithCancelCause(context.Background())
	cancelD(nil)
	fmt.Println(d.Err(), context.Cause(d), context.Cause(d) == context.Canceled)
	e, cancelE := context.WithTimeout(context.Background(), -time.Second)
	defer cancelE()
	fmt.Println(e.Err(), context.Cause(e))
	dl, ok := e.Deadline()
	fmt.Println(ok, dl.Before(time.Now()))
}
