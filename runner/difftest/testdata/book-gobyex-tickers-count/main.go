// difftest: same
package main

// Go by Example, Tickers and Timers, counting ticks instead of printing
// wall clock times: a ticker stopped after three ticks, a timer that
// fires, and one stopped before it does.

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	ticks := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-done:
				close(ticks)
				return
			case <-ticker.C:
				n++
				if n <= 3 {
					ticks <- n
				}
			}
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("Tick", <-ticks)
	}
	ticker.Stop()
	done <- true
	_, ok := <-ticks
	fmt.Println("Ticker stopped", ok)

	timer1 := time.NewTimer(30 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	stop2 := timer2.Stop()
	if stop2 {
		fmt.Println("Timer 2 stopped")
	}
	fmt.Println("reset:", timer2.Reset(10*time.Millisecond))
	time.Sleep(100 * time.Millisecond)

	after := time.After(10 * time.Millisecond)
	select {
	case <-after:
		fmt.Println("after")
	case <-time.After(2 * time.Second):
		fmt.Println("too late")
	}
}
