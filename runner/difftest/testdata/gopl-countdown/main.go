// difftest: same
package main

// countdown1-3 of chapter 8 of The Go Programming Language: a rocket
// launch counts down on a time.Tick channel (a ticker that countdown3
// stops), and a select waits for the tick or an abort, which here comes
// from standard input: a line "abort" stops the second launch. The ticks
// are milliseconds, not seconds (a minute where the abort must win); then the non-blocking select of the
// chapter's even-odd loop.

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func launch() {
	fmt.Println("Lift off!")
}

func countdown(abort <-chan struct{}, tick time.Duration) {
	fmt.Println("Commencing countdown.  Press return to abort.")
	ticker := time.NewTicker(tick)
	defer ticker.Stop() // cause the ticker's goroutine to terminate
	for countdown := 5; countdown > 0; countdown-- {
		fmt.Println(countdown)
		select {
		case <-ticker.C:
			// Do nothing.
		case <-abort:
			fmt.Println("Launch aborted!")
			return
		}
	}
	launch()
}

func main() {
	lines := make(chan string)
	go func() {
		input := bufio.NewScanner(os.Stdin)
		for input.Scan() {
			lines <- input.Text()
		}
		close(lines)
	}()

	countdown(nil, 5*time.Millisecond) // nothing aborts: a nil channel is never ready

	abort := make(chan struct{})
	go func() {
		for line := range lines {
			if line == "abort" {
				abort <- struct{}{}
				return
			}
		}
	}()
	countdown(abort, time.Minute) // the abort comes first

	ch := make(chan int, 1)
	for i := 0; i < 10; i++ {
		select {
		case x := <-ch:
			fmt.Print(x, " ") // "0" "2" "4" "6" "8"
		case ch <- i:
		}
	}
	fmt.Println()
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("timed out")
	}
}
