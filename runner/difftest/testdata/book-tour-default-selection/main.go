// difftest: same
package main

// A Tour of Go, Default Selection: select with a default case polls a
// tick and a boom channel; here the ticks are counted rather than timed,
// and the dots printed while waiting are not, so the output is the same
// on every run.

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(10 * time.Millisecond)
	boom := time.After(105 * time.Millisecond)
	ticks, waits := 0, 0
	for {
		select {
		case <-tick:
			ticks++
		case <-boom:
			fmt.Println("BOOM!", ticks >= 5, waits > 0)
			return
		default:
			waits++
			time.Sleep(2 * time.Millisecond)
		}
	}
}
