// difftest: same
package main

// Timers and tickers since Go 1.23: after Stop or Reset no stale value is
// received from the channel, and its length is 0.

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println(t.Stop())
	t.Reset(50 * time.Millisecond)
	start := time.Now()
	<-t.C
	fmt.Println(time.Since(start) >= 40*time.Millisecond)
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	t2.Reset(time.Hour)
	select {
	case <-t2.C:
		fmt.Println("stale fire")
	default:
		fmt.Println("no stale value")
	}
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("ticker stale")
	default:
		fmt.Println("ticker clean")
	}
	fmt.Println(len(t2.C), cap(t2.C))
}
