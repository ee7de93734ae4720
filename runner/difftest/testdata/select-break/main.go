// difftest: same
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	ticks := 0
	ticker := time.NewTicker(5 * time.Millisecond)
	go func() {
		time.Sleep(60 * time.Millisecond)
		close(done)
	}()
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-done:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println("ticked:", ticks > 3)
}
