// difftest: same
package main

// Go by Example, Timeouts, Tickers and Timers: select with time.After, a
// ticker stopped after a few ticks, a timer stopped before it fires.

import (
	"fmt"
	"time"
)

func slowResult(d time.Duration, s string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- s
	}()
	return c
}

func main() {
	c1 := slowResult(2*time.Second, "result 1")
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}

	c2 := slowResult(5*time.Millisecond, "result 2")
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}

	ticker := time.NewTicker(5 * time.Millisecond)
	done := make(chan bool)
	ticks := 0
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				ticks++
				if ticks == 3 {
					done <- true
				}
			}
		}
	}()
	<-done
	ticker.Stop()
	fmt.Println("ticker stopped after", ticks, "ticks")

	timer2 := time.NewTimer(time.Second)
	go func() {
		<-timer2.C
		fmt.Println("timer 2 fired")
	}()
	if timer2.Stop() {
		fmt.Println("timer 2 stopped")
	}
	timer3 := time.NewTimer(5 * time.Millisecond)
	<-timer3.C
	fmt.Println("timer 3 fired; stop now:", timer3.Stop())
	d := 1234567 * time.Microsecond
	fmt.Println(d, d.Round(time.Millisecond), d.Truncate(time.Second), d.Milliseconds())
}
