// difftest: same
package main

import (
	"fmt"
	"time"
)

// Each goroutine below reads a variable of its loop iteration that the
// iteration changes after the go statement, or that the goroutine changes
// itself, so it shares that variable with the loop rather than getting a
// copy. Its argument is evaluated after the function literal, and while it
// is, the goroutine of the iteration before returns: the interpreter put
// an earlier iteration's function value back where the go statement took
// it from.

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
		v := i * 10
		ready := make(chan bool)
		go func(step int) {
			<-ready
			results <- fmt.Sprint("changed after: goroutine ", i, ": v = ", v, ", step ", step)
			<-proceed
			done <- true
		}(release(i))
		v++
		close(ready)
		fmt.Println(<-results)
	}
	release(1)

	for k, name := range []string{"ann", "bob", "cy"} {
		count := len(name)
		go func(step int) {
			count *= 10
			results <- fmt.Sprint("changed inside: ", name, " ", count, ", step ", step)
			<-proceed
			done <- true
		}(release(k))
		fmt.Println(<-results)
	}
	release(1)

	// The same where nothing changes the variables.
	for i := 0; i < 3; i++ {
		label := fmt.Sprint("#", i)
		go func(step int) {
			results <- fmt.Sprint("unchanged: ", label, ", step ", step)
			<-proceed
			done <- true
		}(release(i))
		fmt.Println(<-results)
	}
	release(1)
}
