// difftest: same
// stderr: panic
package main

// A watchdog armed with time.AfterFunc: Go's library runs the function on
// a goroutine of its own when the timer fires. The job below never
// reports in, so the watchdog panics with the program's Alarm type, whose
// String Go's report prints: "panic: alarm: job \"backup\" silent".

import (
	"fmt"
	"time"
)

type Alarm string

func (a Alarm) String() string { return fmt.Sprintf("alarm: job %q silent", string(a)) }

func watch(job string, d time.Duration, done <-chan bool) *time.Timer {
	return time.AfterFunc(d, func() {
		select {
		case <-done:
			fmt.Println(job, "reported in time")
		default:
			panic(Alarm(job))
		}
	})
}

func main() {
	done := make(chan bool, 1)
	done <- true
	watch("index", 10*time.Millisecond, done)
	time.Sleep(50 * time.Millisecond)
	watch("backup", 10*time.Millisecond, make(chan bool))
	time.Sleep(time.Second) // the watchdog's panic ends the program first
	fmt.Println("not reached")
}
