// difftest: same
package main

// A Tour of Go, Default Selection: select with a default case polls a
// tick and a boom channel. Here the ticks are counted rather than timed,
// and the boom is set off by the fifth tick (a nil channel is never
// ready before), so the output does not depend on how fast the machine
// runs the loop.

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(10 * time.Millisecond)
	var boom <-chan time.Time
	ticks, waits := 0, 0
	for {
		select {
		case <-tick:
			ticks++
			if ticks == 5 {
				boom = time.After(5 * time.Millisecond)
			}
		case <-boom:
			fmt.Println("BOOM!", ticks >= 5, waits > 0)
			return
		default:
			waits++
			time.Sleep(2 * time.Millisecond)
		}
	}
}
