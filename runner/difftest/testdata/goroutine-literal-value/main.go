// difftest: same
package main

import (
	"fmt"
	"time"
)

// A function literal made in a loop and kept as a value, which a goroutine
// calls: the next iteration makes the literal again, and while it builds
// the task around it, the goroutine of the iteration before returns.

type task struct {
	run  func()
	step int
}

var proceed, done = make(chan bool), make(chan bool)

// release lets the goroutine started before end, and waits a moment more
// so that it has returned.
func release(i int) int {
	if i == 0 {
		return 0
	}
	proceed <- true
	<-done
	time.Sleep(20 * time.Millisecond)
	return 1
}

func main() {
	results := make(chan string)
	for i := 0; i < 4; i++ {
		t := task{run: func() {
			results <- fmt.Sprint("task ", i)
			<-proceed
			done <- true
		}, step: release(i)}
		go t.run()
		fmt.Println(<-results)
	}
	release(1)
}
