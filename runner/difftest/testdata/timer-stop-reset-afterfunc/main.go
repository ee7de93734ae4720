// difftest: same
package main

// Timer channels as Go 1.23 made them (len and cap 0, no stale value after
// Stop or Reset), Stop and Reset results, a Ticker's channel, time.AfterFunc
// and context.AfterFunc stop functions called twice, and the extremes of
// time.Duration printed and divided.

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("len cap", len(t.C), cap(t.C))
	fmt.Println("stop after fire:", t.Stop())
	fmt.Println("reset:", t.Reset(time.Hour))
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no stale value")
	}
	fmt.Println("stop:", t.Stop())
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("ticker len", len(tk.C), cap(tk.C))
	tk.Stop()
	var n atomic.Int32
	af := time.AfterFunc(time.Hour, func() { n.Add(1) })
	fmt.Println(af.Stop(), af.Stop(), n.Load())
	ctx, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, func() { n.Add(10) })
	fmt.Println("stop before cancel:", stop(), stop())
	cancel()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(n.Load(), ctx.Err())
	var d time.Duration = 1<<63 - 1
	fmt.Println(d, time.Duration(-1<<63), d.Round(time.Hour), d/time.Hour)
	fmt.Printf("%T %d %v %s %q\n", d, time.Second, 2*time.Second, time.Duration(1500), time.Minute)
}
